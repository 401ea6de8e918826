package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A revision stopped from outside, in the middle of its second statement (a wait in the database):
 * its process killed with SIGKILL, or its connection dropped by the server. Nothing in the process
 * can record that, so the write-ahead record is what is left: the next {@code upgrade} names the
 * interrupted attempt, and {@code repair --resume} finishes it. The command line runs as a process
 * of its own, as {@link ConcurrentRunsTest} runs it.
 */
class InterruptedRunTest {
  private static final String SLOW_WAIT = "private static final int SECONDS = 30;"; // long: a busy machine must not finish it first

  @TempDir
  Path tmp;

  /**
   * PostgreSQL and MariaDB. On H2 (a file database in AUTO_SERVER mode, so the test can watch the record) the upgrade
   * process sometimes ended within seconds, before the slow statement, under a loaded CI run (2 of 5 runs); until
   * that is understood the H2 record is covered by PartialRunIT's failures, not by a kill.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void processKilledInTheMiddleOfARevision(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.createShared(kind, tmp)) {
      TestProject project = slowProject(database);
      Process process = start(project.directory(), database, tmp.resolve("upgrade.txt"), "upgrade", "head");
      awaitStatementsDone(database, process, 1);
      if (kind == TestDatabase.Kind.H2) {
        Thread.sleep(1500); // H2 writes committed changes to its file within its write delay (500 ms by default)
      }
      process.destroyForcibly(); // SIGKILL: nothing in the process runs any more
      assertTrue(process.waitFor(1, TimeUnit.MINUTES));

      assertInterruptedAndResumable(project, database);
    }
  }

  /** H2 is embedded: no connection of a server to drop. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void connectionDroppedInTheMiddleOfARevision(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.createShared(kind, tmp)) {
      TestProject project = slowProject(database);
      Path log = tmp.resolve("upgrade.txt");
      Process process = start(project.directory(), database, log, "upgrade", "head");
      awaitStatementsDone(database, process, 1);
      dropTheWaitingConnection(database, kind);
      assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the process ends once its connection is gone");
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(1, process.exitValue(), output);
      assertTrue(output.contains("FAILED: Upgrade 1111aaaa0001 -> 6666bbbb0006 (Slow slug) failed at statement 2 of 3: run wait 30 "
          + "seconds: "), output);
      assertTrue(output.contains("Retort could not record the failure in retort_version_progress (the connection is gone), so the "
          + "next command reports this run as interrupted"), output);

      assertInterruptedAndResumable(project, database);
    }
  }

  private TestProject slowProject(ProjectDatabase database) {
    TestProject project = TestProject.create(tmp.resolve("project")).add("R1111aaaa0001_create_products", "partial/R6666bbbb0006_slow_slug")
        .database(database);
    project.run("history").succeeded(); // compiles the revisions before the clock starts
    return project;
  }

  /** The next upgrade names the interrupted attempt; the wait is made short, and resume finishes the revision. */
  private static void assertInterruptedAndResumable(TestProject project, ProjectDatabase database) throws Exception {
    String refused = project.run("upgrade", "head").failure();
    assertTrue(refused.startsWith("A partial upgrade of revision 6666bbbb0006 (Slow slug) is recorded: it was interrupted during "
        + "statement 2 of 3, started "), refused);
    assertTrue(refused.contains("(the process was killed or its connection dropped); statement 1 stayed applied and statement 2 "
        + "may have taken effect too; the version table shows 1111aaaa0001."), refused);
    assertTrue(refused.endsWith("run 'retort repair --resume' to run the remaining statements and record it, or undo statement 1 "
        + "by hand and run 'retort repair --clear'"), refused);
    assertEquals(Set.of("1111aaaa0001"), database.versions());

    // the statement that was interrupted may change before resuming; the one that ran may not
    RepairCommandTest.edit(project.sourceOf("6666bbbb0006"), SLOW_WAIT, "private static final int SECONDS = 0;");
    assertEquals(List.of("Running upgrade 1111aaaa0001 -> 6666bbbb0006, Slow slug",
        "Resumed the upgrade of revision 6666bbbb0006: ran 2 remaining statement(s); the database is at 6666bbbb0006."),
        project.run("repair", "--resume").succeeded().outLines());
    assertEquals(List.of("6666bbbb0006 (head)"), project.run("current").succeeded().outLines());
    assertEquals(Set.of("id", "name", "price", "slug"), database.columns("products"));
    project.run("downgrade", "base").succeeded();
  }

  /** Waits until the progress table says {@code done} statements of the slow revision completed. */
  private static void awaitStatementsDone(ProjectDatabase database, Process process, int done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      assertTrue(process.isAlive(), "the upgrade ended before it reached the slow statement");
      try (Connection c = database.connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT statements_done FROM retort_version_progress WHERE revision_id = '6666bbbb0006'")) {
        if (rs.next() && rs.getInt(1) >= done) {
          return;
        }
      } catch (SQLException notYet) {
        // the table is created by the process
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the progress table never showed statement " + done + " done");
  }

  /** Ends, from another session, the server session that runs the fixture's wait (its statement names the schema). */
  private static void dropTheWaitingConnection(ProjectDatabase database, TestDatabase.Kind kind) throws Exception {
    String marker = "%wait_in_" + database.serverName() + "%";
    String find = kind == TestDatabase.Kind.POSTGRESQL
        ? "SELECT pid FROM pg_stat_activity WHERE query LIKE ? AND pid <> pg_backend_pid()"
        : "SELECT id FROM information_schema.processlist WHERE info LIKE ? AND id <> CONNECTION_ID()";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try (Connection c = database.connect()) {
      while (System.nanoTime() < deadline) {
        try (PreparedStatement s = c.prepareStatement(find)) {
          s.setString(1, marker);
          try (ResultSet rs = s.executeQuery()) {
            if (rs.next()) {
              long id = rs.getLong(1);
              try (Statement kill = c.createStatement()) {
                kill.execute(kind == TestDatabase.Kind.POSTGRESQL ? "SELECT pg_terminate_backend(" + id + ")" : "KILL " + id);
              }
              return;
            }
          }
        }
        Thread.sleep(50);
      }
    }
    throw new AssertionError("no session runs the wait");
  }

  /** {@code retort ARGS} as a process of its own, in the project, its output into {@code log}. */
  private static Process start(Path directory, ProjectDatabase database, Path log, String... command) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    arguments.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(arguments).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().putAll(database.environment());
    return builder.start();
  }
}
