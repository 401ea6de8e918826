package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The case through the command line: a revision whose third of four statements fails (the
 * fixture opts out of its transaction, so PostgreSQL keeps what ran as MariaDB and H2 do). Retort
 * records it; upgrade, stamp, current, check and validate say so; after the fix {@code repair
 * --resume} finishes it instead of failing with a duplicate column; {@code repair --clear} is the
 * other way out.
 */
class RepairCommandTest {
  private static final String BROKEN = "op.execute(\"UPDATE no_such_table SET slug = NULL\");";

  @TempDir
  Path tmp;

  private TestProject failedProject(ProjectDatabase database) {
    TestProject project = TestProject.create(tmp.resolve("project")).add("R1111aaaa0001_create_products", "partial/R5555aaaa0005_add_slug")
        .database(database);
    CliResult failed = project.run("upgrade", "head");
    String failure = failed.failure();
    assertTrue(failure.startsWith("Upgrade 1111aaaa0001 -> 5555aaaa0005 (Add slug) failed at statement 3 of 4: UPDATE no_such_table"),
        failure);
    assertTrue(failure.contains("statements 1-2 of this revision stayed applied; the version table still shows 1111aaaa0001. "
        + "Retort recorded this in retort_version_progress"), failure);
    assertEquals(List.of("Running upgrade  -> 1111aaaa0001, Create products", "Running upgrade 1111aaaa0001 -> 5555aaaa0005, Add slug"),
        failed.outLines());
    return project;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void failedRevisionIsReportedAndResumedAfterTheFix(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = failedProject(database);

      String refused = project.run("upgrade", "head").failure();
      assertTrue(refused.startsWith("A partial upgrade of revision 5555aaaa0005 (Add slug) is recorded: statement 3 of 4 failed at "),
          refused);
      assertTrue(refused.endsWith("statements 1-2 stayed applied; the version table shows 1111aaaa0001. Nothing runs until this is "
          + "repaired: fix the revision if needed and run 'retort repair --resume' to run the remaining statements and record it, "
          + "or undo statements 1-2 by hand and run 'retort repair --clear'"), refused);
      assertTrue(project.run("stamp", "head").failure().startsWith("Stamp refused: A partial upgrade of revision 5555aaaa0005"));

      List<String> current = project.run("current").succeeded().outLines();
      assertEquals(2, current.size(), current::toString);
      assertEquals("1111aaaa0001", current.get(0));
      assertTrue(current.get(1).startsWith("A partial upgrade of revision 5555aaaa0005 (Add slug) is recorded: statement 3 of 4"),
          current.get(1));

      CliResult validate = project.run("validate");
      assertEquals("Validation found problems (1); each is listed above with what to do", validate.failure());
      assertEquals(1, validate.outLines().size());
      assertTrue(validate.outLines().get(0).startsWith("A partial upgrade of revision 5555aaaa0005"), validate.out());
      assertTrue(project.run("check").failure().startsWith("A partial upgrade of revision 5555aaaa0005 (Add slug) is recorded"));

      List<String> shown = project.run("repair").succeeded().outLines();
      assertEquals(3, shown.size(), shown::toString);
      assertEquals(current.get(1), shown.get(0));
      assertEquals("To finish it: fix the revision if needed, then 'retort repair --resume' runs the remaining statements (now "
          + "statements 3-4) and records the upgrade of revision 5555aaaa0005 as done.", shown.get(1));
      assertEquals("To give it up: undo statements 1-2 by hand, then 'retort repair --clear' forgets the record (the version "
          + "table stays at 1111aaaa0001).", shown.get(2));

      String stillBroken = project.run("repair", "--resume").failure();
      assertTrue(stillBroken.startsWith("Resumed upgrade 1111aaaa0001 -> 5555aaaa0005 (Add slug) failed at statement 3 of 4: "),
          stillBroken);

      edit(project.sourceOf("5555aaaa0005"), BROKEN, "op.createIndex(\"ix_products_slug\", \"products\", \"slug\");");
      CliResult resumed = project.run("repair", "--resume").succeeded();
      assertEquals(List.of("Running upgrade 1111aaaa0001 -> 5555aaaa0005, Add slug",
          "Resumed the upgrade of revision 5555aaaa0005: ran 2 remaining statement(s); the database is at 5555aaaa0005."),
          resumed.outLines());
      assertEquals(Set.of("5555aaaa0005"), database.versions());
      assertEquals(Set.of("id", "name", "price", "slug"), database.columns("products"));
      assertEquals("blue-shirt", query(database, "SELECT slug FROM products WHERE id = 7"));
      assertEquals(List.of("5555aaaa0005 (head)"), project.run("current").succeeded().outLines());
      project.run("validate").succeeded();
      assertEquals(List.of("Nothing to repair: no partial upgrade or downgrade is recorded; the database is at 5555aaaa0005."),
          project.run("repair", "--resume").succeeded().outLines());
      project.run("downgrade", "base").succeeded();
      project.run("upgrade", "head").succeeded();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void clearAfterUndoingByHandThenUpgradeRunsTheWholeRevision(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = failedProject(database);
      try (Connection c = database.connect(); Statement s = c.createStatement()) {
        s.execute("ALTER TABLE products DROP COLUMN slug");
      }
      assertEquals(List.of("Cleared the record of the partial upgrade of revision 5555aaaa0005 (statements 1-2 of 4 had run); the "
          + "database is at 1111aaaa0001."), project.run("repair", "--clear").succeeded().outLines());
      assertEquals(List.of("1111aaaa0001"), project.run("current").succeeded().outLines());

      edit(project.sourceOf("5555aaaa0005"), BROKEN, "op.createIndex(\"ix_products_slug\", \"products\", \"slug\");");
      project.run("upgrade", "head").succeeded();
      assertEquals(Set.of("5555aaaa0005"), database.versions());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void resumeRefusesWhenTheStatementsThatRanWereEdited(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = failedProject(database);
      edit(project.sourceOf("5555aaaa0005"), "string(200)", "string(100)");
      assertEquals("Cannot resume the upgrade of revision 5555aaaa0005 (Add slug): its first 2 statements are no longer the ones "
          + "that ran (the revision was edited before the failed statement). Restore those statements in the revision, or undo "
          + "statements 1-2 by hand and run 'retort repair --clear'", project.run("repair", "--resume").failure());
      assertEquals(Set.of("1111aaaa0001"), database.versions());
    }
  }

  @Test
  void helpExplainsBothWaysOut() {
    CliResult help = TestProject.create(tmp).run("repair", "--help").succeeded();
    assertTrue(help.out().contains("--resume") && help.out().contains("--clear"), help.out());
    assertTrue(help.out().contains("<version_table>_progress"), help.out());
    assertTrue(TestProject.create(tmp).run("--help").succeeded().out().contains("repair"));
    CliResult both = TestProject.create(tmp).run("repair", "--resume", "--clear");
    assertEquals(2, both.exit(), both.err());
  }

  private static String query(ProjectDatabase database, String sql) throws Exception {
    try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  static void edit(Path source, String from, String to) throws Exception {
    String text = Files.readString(source);
    if (!text.contains(from)) {
      throw new AssertionError(source + " has no '" + from + "'");
    }
    Files.writeString(source, text.replace(from, to));
    Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 2000));
  }
}
