package io.retort.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A start that Retort stops says why in the one line the command line prints, not in a stack of bean errors. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIT {

  /** The RetortException in a failure's causes. */
  static RetortException retortCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RetortException e) {
        return e;
      }
    }
    throw new AssertionError("no RetortException behind " + failure, failure);
  }

  /** What Spring Boot printed under "Description:" in its "APPLICATION FAILED TO START" report. */
  static String description(CapturedOutput output) {
    String out = output.getOut() + output.getErr();
    int report = out.lastIndexOf("APPLICATION FAILED TO START");
    assertTrue(report >= 0, out);
    String rest = out.substring(report);
    int start = rest.indexOf("Description:") + "Description:".length();
    int end = rest.indexOf("Action:");
    return rest.substring(start, end).strip();
  }

  @ParameterizedTest
  @MethodSource("io.retort.spring.Databases#all")
  void aFailingRevisionStopsTheStartWithTheCommandLinesLine(TestDatabase.Kind kind, CapturedOutput output) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Throwable failure = assertThrows(Throwable.class, () -> ShopApp.on(db).with("retort.migrations-package", ShopApp.FAILING)
          .with("spring.jpa.hibernate.ddl-auto", "none").start().close());
      RetortException cause = retortCause(failure);
      assertTrue(cause.getMessage().startsWith("Upgrade f00000000001 -> f00000000002 (Broken revision) failed at statement 2 of 2: "
          + "INSERT INTO no_such_table (id) VALUES (1): "), cause.getMessage());

      String description = description(output);
      assertEquals(RetortFailureAnalyzer.oneLine(cause.getMessage()), description);
      assertFalse(description.contains("\n"), description);
      String out = output.getOut() + output.getErr();
      assertFalse(out.contains("\tat org.springframework"), "no stack trace is printed: " + out);
      assertTrue(out.contains("Running upgrade f00000000001 -> f00000000002, Broken revision"), out);

      if (kind != TestDatabase.Kind.POSTGRESQL) {
        // MariaDB and H2 kept statement 1: the next start refuses with the recorded partial run, as 'retort upgrade' does
        Throwable again = assertThrows(Throwable.class, () -> ShopApp.on(db).with("retort.migrations-package", ShopApp.FAILING)
            .with("spring.jpa.hibernate.ddl-auto", "none").start().close());
        String refusal = retortCause(again).getMessage();
        assertTrue(refusal.startsWith("A partial upgrade of revision f00000000002 (Broken revision) is recorded: statement 2 of 2 "
            + "failed at "), refusal);
        assertTrue(refusal.contains("'retort repair --resume'") && refusal.contains("'retort repair --clear'"), refusal);
        assertEquals(RetortFailureAnalyzer.oneLine(refusal), description(output));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("io.retort.spring.Databases#all")
  void aHeldMigrationLockIsNamedWhileWaitingAndTheStartGivesUpAfterTheTimeout(TestDatabase.Kind kind, CapturedOutput output)
      throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection holding = db.connect();
        Dialect.MigrationLock held = Dialects.forUrl(db.url()).lock(holding, "retort:retort_version", 0)) {
      Throwable failure = assertThrows(Throwable.class, () -> ShopApp.on(db).with("retort.lock-timeout-seconds", "1")
          .with("spring.jpa.hibernate.ddl-auto", "none").start().close());
      RetortException cause = retortCause(failure);
      assertTrue(cause.getMessage().startsWith("Could not acquire the migration lock 'retort:retort_version' within 1 s: it is held by "),
          cause.getMessage());
      assertEquals(RetortFailureAnalyzer.oneLine(cause.getMessage()), description(output));
      String out = output.getOut() + output.getErr();
      assertTrue(out.contains("Waiting for the migration lock held by "), out);
      assertFalse(ShopApp.tableExists(db, "products"), "nothing ran while the lock was held");
    }
  }

  @Test
  @DisplayName("H2: without retort.migrations-package or a retort.properties the start stops, saying what to set")
  void noMigrationsPackage(CapturedOutput output) throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2)) {
      Throwable failure = assertThrows(Throwable.class, () -> ShopApp.on(db).with("retort.migrations-package", null).start().close());
      RetortException cause = retortCause(failure);
      assertNotNull(cause);
      assertEquals("Retort does not know where the revisions are: set retort.migrations-package to their package "
          + "(e.g. retort.migrations-package=com.example.shop.migrations in application.properties), or put a retort.properties "
          + "with migrations_package= on the class path (retort.enabled=false turns Retort off)", description(output));
      assertFalse(ShopApp.tableExists(db, "retort_version"));
    }
  }
}
