package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code upgrade}, {@code downgrade}, {@code current}, {@code stamp} and {@code history -r current}
 * against a real database: an H2 file database, PostgreSQL and MariaDB.
 */
class MigrationCommandsTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void upgradeAndDowngradeStepByStep(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp).addChain().database(database);

      assertEquals("", project.run("current").succeeded().out(), "nothing applied: no lines");

      assertEquals(List.of("Running upgrade  -> 1111aaaa0001, Create products"), project.run("upgrade", "+1").succeeded().outLines());
      assertEquals(List.of("1111aaaa0001"), project.run("current").succeeded().outLines());
      assertTrue(database.tables().contains("products"));

      assertEquals(List.of("Running upgrade 1111aaaa0001 -> 2222bbbb0002, Add product description"),
          project.run("upgrade", "2222").succeeded().outLines());
      assertTrue(database.columns("products").contains("description"));

      assertEquals(List.of("Running upgrade 2222bbbb0002 -> 3333cccc0003, Create categories"),
          project.run("upgrade", "head").succeeded().outLines());
      assertEquals(List.of("3333cccc0003 (head)"), project.run("current").succeeded().outLines());
      assertEquals("", project.run("upgrade", "head").succeeded().out(), "already at head: nothing runs");

      assertEquals(List.of("Running downgrade 3333cccc0003 -> 2222bbbb0002, Create categories"),
          project.run("downgrade", "-1").succeeded().outLines());
      assertFalse(database.tables().contains("categories"));
      assertEquals(List.of("2222bbbb0002"), project.run("current").succeeded().outLines());

      assertEquals(List.of(
          "Running downgrade 2222bbbb0002 -> 1111aaaa0001, Add product description",
          "Running downgrade 1111aaaa0001 -> , Create products"), project.run("downgrade", "base").succeeded().outLines());
      assertEquals("", project.run("current").succeeded().out());
      assertFalse(database.tables().contains("products"));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void branchesNeedHeadsOrAMergeAndThenUpgradeTogether(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp).addBranches().database(database);

      String failure = project.run("upgrade", "head").failure();
      assertTrue(failure.startsWith("Multiple head revisions are present for given argument 'head'"), failure);
      assertTrue(failure.contains("retort merge -m MESSAGE heads"), failure);

      project.run("upgrade", "audit@head").succeeded();
      assertEquals(List.of("4444dddd0004 (head)"), project.run("current").succeeded().outLines());
      project.run("upgrade", "heads").succeeded();
      assertEquals(List.of("3333cccc0003 (head)", "4444dddd0004 (head)"), project.run("current").succeeded().outLines());
      assertTrue(database.tables().containsAll(Set.of("products", "categories", "audit_log")));

      project.run("merge", "-m", "Merge audit", "heads", "--rev-id", "9999aaaa0009").succeeded();
      assertEquals(List.of("Running upgrade 3333cccc0003, 4444dddd0004 -> 9999aaaa0009, Merge audit"),
          project.run("upgrade", "head").succeeded().outLines());
      assertEquals(List.of("9999aaaa0009 (head)"), project.run("current").succeeded().outLines());
      assertEquals(List.of("Running downgrade 9999aaaa0009 -> 3333cccc0003, 4444dddd0004, Merge audit"),
          project.run("downgrade", "-1").succeeded().outLines(), "-1 right after a merge undoes just the merge");
      assertEquals(List.of("3333cccc0003", "4444dddd0004"), project.run("current").succeeded().outLines(),
          "both are applied, and neither is a head of the graph any more");
      assertTrue(project.run("downgrade", "-1").failure().startsWith("Relative revision -1 is ambiguous: the database has "
          + "several heads (3333cccc0003, 4444dddd0004)"));
      assertEquals(List.of("Running upgrade 3333cccc0003, 4444dddd0004 -> 9999aaaa0009, Merge audit"),
          project.run("upgrade", "head").succeeded().outLines());
      assertEquals(List.of("Running downgrade 9999aaaa0009 -> 3333cccc0003, 4444dddd0004, Merge audit"),
          project.run("downgrade", "3333").succeeded().outLines());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void stampMovesTheVersionTableWithoutRunningAnything(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp).addChain().database(database);

      assertEquals(List.of("Running stamp_revision  -> 2222bbbb0002"), project.run("stamp", "2222").succeeded().outLines());
      assertEquals(List.of("2222bbbb0002"), project.run("current").succeeded().outLines());
      assertFalse(database.tables().contains("products"), "stamp runs no revision");

      project.run("stamp", "base").succeeded();
      assertEquals("", project.run("current").succeeded().out());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void historyFromCurrentAndShowCurrentReadTheDatabase(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp).addChain().database(database);
      project.run("upgrade", "2222").succeeded();

      assertEquals(List.of(
          "2222bbbb0002 -> 3333cccc0003 (head), Create categories",
          "1111aaaa0001 -> 2222bbbb0002, Add product description"),
          project.run("history", "-r", "current:").succeeded().outLines());
      assertEquals(List.of(
          "1111aaaa0001 -> 2222bbbb0002, Add product description",
          "<base> -> 1111aaaa0001, Create products"),
          project.run("history", "-r", ":current").succeeded().outLines());
      assertEquals(List.of(
          "2222bbbb0002 -> 3333cccc0003 (head), Create categories",
          "1111aaaa0001 -> 2222bbbb0002 (current), Add product description",
          "<base> -> 1111aaaa0001, Create products"),
          project.run("history", "--indicate-current").succeeded().outLines());
      assertEquals("Rev: 2222bbbb0002", project.run("show", "current").succeeded().outLines().get(0));
      List<String> verbose = project.run("current", "--verbose").succeeded().outLines();
      assertTrue(verbose.get(0).startsWith("Current revision(s) for jdbc:"), verbose::toString);
      assertEquals("Rev: 2222bbbb0002", verbose.get(1));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void koreanRevisionRunsEndToEnd(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp).addChain().database(database);
      project.run("revision", "-m", "상품 설명 추가", "--rev-id", "abcdef000001").succeeded();

      assertEquals(List.of(
          "Running upgrade  -> 1111aaaa0001, Create products",
          "Running upgrade 1111aaaa0001 -> 2222bbbb0002, Add product description",
          "Running upgrade 2222bbbb0002 -> 3333cccc0003, Create categories",
          "Running upgrade 3333cccc0003 -> abcdef000001, 상품 설명 추가"), project.run("upgrade", "head").succeeded().outLines());
      assertEquals(List.of("abcdef000001 (head)"), project.run("current").succeeded().outLines());
    }
  }
}
