package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ctrl-C and {@code kill} are clean: a {@code retort upgrade head} process interrupted while a
 * revision's slow statement runs stops within seconds, exits 130 (SIGINT) or 143 (SIGTERM) with one
 * {@code FAILED: Interrupted ...} line saying where the database is, the server no longer runs the
 * statement, the database is as before, and the next upgrade takes the lock at once. A command that
 * has to wait for the migration lock says who holds it, gives up after {@code lock_timeout_seconds}
 * naming the holder, and goes on when the holder lets go.
 */
class InterruptCommandTest {
  private static final String LOCK = "retort:retort_version";
  private static final String SLOW = "R9999aaaa0009_slow_statement";

  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0} SIGINT")
  @EnumSource(TestDatabase.Kind.class)
  void sigintDuringASlowStatement(TestDatabase.Kind kind) throws Exception {
    interruptDuringASlowStatement(kind, "SIGINT", Main.INTERRUPTED);
  }

  @ParameterizedTest(name = "{0} SIGTERM")
  @EnumSource(TestDatabase.Kind.class)
  void sigtermDuringASlowStatement(TestDatabase.Kind kind) throws Exception {
    interruptDuringASlowStatement(kind, "SIGTERM", Main.TERMINATED);
  }

  private void interruptDuringASlowStatement(TestDatabase.Kind kind, String signal, int exitCode) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp.resolve("project")).add("R1111aaaa0001_create_products").database(database);
      project.config(config(2));
      writeRevision(project, slowStatement(kind));
      project.run("upgrade", "1111aaaa0001").succeeded();
      Set<String> tablesBefore = database.tables();

      Run run = Run.start(project.directory(), database, tmp, "upgrade", "head");
      run.awaitOut("Running upgrade 1111aaaa0001 -> 9999aaaa0009, Slow statement");
      Thread.sleep(1000); // the slow statement runs now
      long sent = System.nanoTime();
      run.signal(signal);
      assertTrue(run.process.waitFor(20, TimeUnit.SECONDS), "the process stopped");
      Duration took = Duration.ofNanos(System.nanoTime() - sent);
      assertTrue(took.toMillis() < 8000, "stopped within seconds, not " + took);

      assertEquals(exitCode, run.process.exitValue(), run::describe);
      List<String> err = run.errLines();
      assertEquals(1, err.size(), run::describe);
      String expected = "FAILED: Interrupted (" + signal + ") during upgrade 1111aaaa0001 -> 9999aaaa0009 (Slow statement) "
          + "at statement 1 of 3: " + slowStatement(kind) + ". ";
      assertTrue(err.get(0).startsWith(expected), err.get(0));
      assertTrue(err.get(0).endsWith(kind == TestDatabase.Kind.POSTGRESQL
          ? "Its transaction was rolled back; the database is at 1111aaaa0001."
          : "so none of this revision stayed applied; the version table still shows 1111aaaa0001. Run the command again to go on."),
          err.get(0));

      assertEquals(0, stillRunning(kind, database), "the server no longer runs the cancelled statement");
      assertEquals(Set.of("1111aaaa0001"), database.versions(), "the version table is as before");
      assertEquals(tablesBefore, database.tables(), "the tables are as before");

      // the lock was released: the next upgrade takes it at once (it would give up after 2 s)
      writeRevision(project, "SELECT 1");
      assertEquals(List.of("Running upgrade 1111aaaa0001 -> 9999aaaa0009, Slow statement"),
          project.run("upgrade", "head").succeeded().outLines());
      assertEquals(Set.of("9999aaaa0009"), database.versions());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void sigintWhileWaitingForTheLock(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp); Connection holding = database.connect()) {
      TestProject project = TestProject.create(tmp.resolve("project")).add("R1111aaaa0001_create_products").database(database);
      project.config(config(60));
      project.run("history").succeeded();
      String holder = holderName(kind, holding);
      try (Dialect.MigrationLock held = Dialects.forUrl(database.url()).lock(holding, LOCK, 0)) {
        Run run = Run.start(project.directory(), database, tmp, "upgrade", "head");
        run.awaitOut("Waiting for the migration lock held by " + holder);
        run.signal("SIGINT");
        assertTrue(run.process.waitFor(10, TimeUnit.SECONDS), "the process stopped");
        assertEquals(Main.INTERRUPTED, run.process.exitValue(), run::describe);
        List<String> err = run.errLines();
        assertEquals(1, err.size(), run::describe);
        assertTrue(err.get(0).startsWith("FAILED: Interrupted (SIGINT) while waiting for the migration lock held by " + holder),
            err.get(0));
        assertTrue(err.get(0).endsWith("; nothing was changed"), err.get(0));
      }
      assertFalse(database.tables().contains("retort_version"), "nothing was changed");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void aLockWaitNamesTheHolderAndGivesUpAfterLockTimeoutSeconds(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp); Connection holding = database.connect()) {
      TestProject project = TestProject.create(tmp.resolve("project")).add("R1111aaaa0001_create_products").database(database);
      project.config(config(2));
      String holder = holderName(kind, holding);
      try (Dialect.MigrationLock held = Dialects.forUrl(database.url()).lock(holding, LOCK, 0)) {
        CliResult result = project.run("upgrade", "head");
        assertEquals(1, result.outLines().size(), result.out());
        assertTrue(result.outLines().get(0).startsWith("Waiting for the migration lock held by " + holder), result.out());
        assertTrue(result.outLines().get(0).endsWith(" ..."), result.out());
        String failure = result.failure();
        assertTrue(failure.startsWith("Could not acquire the migration lock '" + LOCK + "' within 2 s: it is held by " + holder),
            failure);
        assertTrue(failure.endsWith(". Wait for that run to finish (or end that session) and run the command again, "
            + "or raise lock_timeout_seconds (now 2) to wait longer"), failure);
      }
      assertEquals(Set.of(), database.tables(), "nothing ran");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void whenTheHolderLetsGoWithinTheTimeoutTheUpgradeGoesOn(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp); Connection holding = database.connect()) {
      TestProject project = TestProject.create(tmp.resolve("project")).add("R1111aaaa0001_create_products").database(database);
      project.config(config(30));
      project.run("history").succeeded();
      String holder = holderName(kind, holding);
      Dialect.MigrationLock held = Dialects.forUrl(database.url()).lock(holding, LOCK, 0);
      CompletableFuture<CliResult> upgrade = CompletableFuture.supplyAsync(() -> project.run("upgrade", "head"));
      Thread.sleep(2000);
      assertFalse(upgrade.isDone(), "it waits for the lock");
      held.close();
      List<String> out = upgrade.get(30, TimeUnit.SECONDS).succeeded().outLines();
      assertEquals(2, out.size(), String.join("\n", out));
      assertTrue(out.get(0).startsWith("Waiting for the migration lock held by " + holder), out.get(0));
      assertEquals("Running upgrade  -> 1111aaaa0001, Create products", out.get(1));
      assertEquals(Set.of("1111aaaa0001"), database.versions());
    }
  }

  private static String config(int lockTimeoutSeconds) {
    return """
        script_location = %s
        migrations_package = %s
        url = %s
        lock_timeout_seconds = %d
        """.formatted(TestProject.SCRIPT_LOCATION, TestProject.PACKAGE, TestProject.NOWHERE_URL, lockTimeoutSeconds);
  }

  /** A statement that runs for half a minute unless cancelled. */
  private static String slowStatement(TestDatabase.Kind kind) {
    return switch (kind) {
      case POSTGRESQL -> "SELECT pg_sleep(30)";
      case MARIADB -> "SELECT SLEEP(30)";
      case H2 -> "SELECT SUM(X) FROM SYSTEM_RANGE(1, 100000000000)";
    };
  }

  /** The revision after {@code 1111aaaa0001}: {@code first}, then a table and a row. */
  private static void writeRevision(TestProject project, String first) {
    TestProject.write(project.versions().resolve(SLOW + ".java"), """
        package shop.migrations;

        import static io.retort.runtime.api.Columns.column;
        import static io.retort.runtime.api.Columns.string;

        import io.retort.runtime.api.Migration;
        import io.retort.runtime.api.Operations;
        import io.retort.runtime.api.Revision;

        @Revision(id = "9999aaaa0009", revises = "1111aaaa0001", message = "Slow statement")
        public final class %s implements Migration {
          @Override
          public void upgrade(Operations op) {
            op.execute("%s");
            op.createTable("tags", column("name", string(50)).notNull());
            op.execute("INSERT INTO tags (name) VALUES ('after the slow statement')");
          }

          @Override
          public void downgrade(Operations op) {
            op.dropTable("tags");
          }
        }
        """.formatted(SLOW, first));
  }

  /** Sessions of the server still running the slow statement (other than the one asking). */
  private static long stillRunning(TestDatabase.Kind kind, ProjectDatabase database) throws SQLException {
    String sql = switch (kind) {
      case POSTGRESQL -> "SELECT COUNT(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'SELECT pg_sleep%' "
          + "AND pid <> pg_backend_pid()";
      case MARIADB -> "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP%' AND ID <> CONNECTION_ID()";
      case H2 -> "SELECT 0";
    };
    try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** How the command should name the session of {@code holding}: on PostgreSQL by the name the test gives it. */
  private static String holderName(TestDatabase.Kind kind, Connection holding) throws SQLException {
    if (kind == TestDatabase.Kind.POSTGRESQL) {
      holding.setClientInfo("ApplicationName", "retort test holder");
      return "PostgreSQL backend pid " + single(holding, "SELECT pg_backend_pid()") + " (application 'retort test holder', ";
    }
    return "MariaDB connection " + single(holding, "SELECT CONNECTION_ID()") + " (user ";
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A {@code retort} process of its own, standard output and error each in a file. */
  private record Run(Process process, Path out, Path err) {
    static Run start(Path directory, ProjectDatabase database, Path tmp, String... command) throws IOException {
      List<String> arguments = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName()));
      arguments.addAll(List.of(command));
      Path out = Files.createTempFile(tmp, "out", ".txt");
      Path err = Files.createTempFile(tmp, "err", ".txt");
      ProcessBuilder builder = new ProcessBuilder(arguments).directory(directory.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      builder.environment().putAll(database.environment());
      return new Run(builder.start(), out, err);
    }

    /** Waits until standard output has a line starting with {@code prefix}. */
    void awaitOut(String prefix) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (System.nanoTime() < deadline) {
        if (Files.readString(out, StandardCharsets.UTF_8).lines().anyMatch(line -> line.startsWith(prefix))) {
          return;
        }
        if (!process.isAlive()) {
          throw new AssertionError("the process ended before printing '" + prefix + "'\n" + describe());
        }
        Thread.sleep(100);
      }
      throw new AssertionError("no line '" + prefix + "' within 90 s\n" + describe());
    }

    /** SIGINT as Ctrl-C sends it ({@code kill -INT}); SIGTERM as {@link Process#destroy()} sends it. */
    void signal(String signal) throws Exception {
      if (signal.equals("SIGTERM")) {
        process.destroy();
      } else {
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor());
      }
    }

    List<String> errLines() throws IOException {
      return Files.readString(err, StandardCharsets.UTF_8).lines().toList();
    }

    String describe() {
      try {
        return "exit " + (process.isAlive() ? "(running)" : process.exitValue()) + "\nstdout:\n"
            + Files.readString(out, StandardCharsets.UTF_8) + "\nstderr:\n" + Files.readString(err, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return e.toString();
      }
    }
  }
}
