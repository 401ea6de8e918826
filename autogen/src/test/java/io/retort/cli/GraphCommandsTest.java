package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only graph commands ({@code history}, {@code heads}, {@code branches}, {@code show}) and {@code merge}; no database. */
class GraphCommandsTest {
  @TempDir
  Path tmp;

  @Test
  void historyListsNewestFirstInAlembicFormat() {
    TestProject project = TestProject.create(tmp).addBranches();

    assertEquals(List.of(
        "1111aaaa0001 -> 4444dddd0004 (audit) (head), Create audit log",
        "2222bbbb0002 -> 3333cccc0003 (head), Create categories",
        "1111aaaa0001 -> 2222bbbb0002, Add product description",
        "<base> -> 1111aaaa0001 (branchpoint), Create products"),
        project.run("history").succeeded().outLines());
  }

  @Test
  void historyRangeSelectsBetweenBothEndsInclusive() {
    TestProject project = TestProject.create(tmp).addBranches();

    assertEquals(List.of(
        "2222bbbb0002 -> 3333cccc0003 (head), Create categories",
        "1111aaaa0001 -> 2222bbbb0002, Add product description"),
        project.run("history", "-r", "2222:3333cccc0003").succeeded().outLines());
    assertEquals(List.of(
        "1111aaaa0001 -> 2222bbbb0002, Add product description",
        "<base> -> 1111aaaa0001 (branchpoint), Create products"),
        project.run("history", "-r", ":2222bbbb0002").succeeded().outLines());
    assertEquals(List.of(
        "1111aaaa0001 -> 4444dddd0004 (audit) (head), Create audit log",
        "<base> -> 1111aaaa0001 (branchpoint), Create products"),
        project.run("history", "-r", "base:audit@head").succeeded().outLines());
    assertEquals(4, project.run("history", "-r", "1111:").succeeded().outLines().size());
  }

  @Test
  void historyRangeRefusesAStartAfterTheEnd() {
    TestProject project = TestProject.create(tmp).addChain();

    String failure = project.run("history", "-r", "3333:1111").failure();
    assertTrue(failure.contains("3333cccc0003 is not an ancestor of 1111aaaa0001"), failure);
    assertTrue(project.run("history", "-r", "1111").failure().contains("[start]:[end]"));
  }

  @Test
  void historyVerboseShowsFullEntries() {
    TestProject project = TestProject.create(tmp).addChain();

    String out = project.run("history", "--verbose").succeeded().out();
    assertTrue(out.startsWith("Rev: 3333cccc0003 (head)\nParent: 2222bbbb0002\nPath: "), out);
    assertTrue(out.contains("Rev: 1111aaaa0001\nParent: <base>\nChild: 2222bbbb0002\n"), out);
    assertTrue(out.contains("\n    Add product description\n"), out);
  }

  @Test
  void headsListsEveryHeadWithItsLabel() {
    TestProject project = TestProject.create(tmp).addBranches();

    assertEquals(List.of("3333cccc0003 (head)", "4444dddd0004 (audit) (head)"), project.run("heads").succeeded().outLines());
  }

  @Test
  void branchesShowsEachBranchPointAndWhereItLeads() {
    TestProject project = TestProject.create(tmp).addBranches();

    assertEquals(List.of(
        "1111aaaa0001 (branchpoint)",
        "             -> 2222bbbb0002",
        "             -> 4444dddd0004 (audit) (head)",
        ""), project.run("branches").succeeded().outLines());
    assertEquals("", TestProject.create(tmp.resolve("linear")).addChain().run("branches").succeeded().out());
  }

  @Test
  void showPrintsEverythingAboutARevision() {
    TestProject project = TestProject.create(tmp).addBranches();

    List<String> lines = project.run("show", "1111").succeeded().outLines();
    assertEquals(List.of(
        "Rev: 1111aaaa0001 (branchpoint)",
        "Parent: <base>",
        "Branches into: 2222bbbb0002, 4444dddd0004",
        "Path: " + project.sourceOf("1111aaaa0001"),
        "Class: shop.migrations.R1111aaaa0001_create_products",
        "Create Date: 2026-11-26 09:00:00",
        "",
        "    Create products",
        ""), lines);

    List<String> audit = project.run("show", "audit").succeeded().outLines();
    assertEquals("Rev: 4444dddd0004 (head)", audit.get(0));
    assertTrue(audit.contains("Branch names: audit"), audit::toString);
    assertTrue(audit.containsAll(List.of("    Create audit log", "", "    A branch of its own, started from the first revision.")),
        audit::toString);
  }

  @Test
  void mergeHeadsWritesARevisionWithBothParents() throws Exception {
    TestProject project = TestProject.create(tmp).addBranches();

    List<String> out = project.run("merge", "-m", "Merge audit into main", "heads", "--rev-id", "9999aaaa0009").succeeded().outLines();
    Path file = project.versions().resolve("R9999aaaa0009_merge_audit_into_main.java");
    assertEquals(List.of("Generating " + file + " ...  done", "Revision ID: 9999aaaa0009"), out);

    assertEquals(List.of("9999aaaa0009 (head)"), project.run("heads").succeeded().outLines());
    assertEquals("3333cccc0003, 4444dddd0004 -> 9999aaaa0009 (head) (mergepoint), Merge audit into main",
        project.run("history").succeeded().outLines().get(0));
    assertTrue(project.run("show", "9999").succeeded().outLines().contains("Merges: 3333cccc0003, 4444dddd0004"));
  }

  @Test
  void mergeOfNamedRevisionsAcceptsPrefixesAndLabels() {
    TestProject project = TestProject.create(tmp).addBranches();

    project.run("merge", "-m", "join", "3333", "audit", "--rev-id", "9999aaaa0009").succeeded();
    assertEquals("3333cccc0003, 4444dddd0004 -> 9999aaaa0009 (head) (mergepoint), join",
        project.run("history").succeeded().outLines().get(0));
  }

  @Test
  void mergeRefusesASingleHeadAndRevisionsOnOneBranch() {
    TestProject project = TestProject.create(tmp).addChain();

    assertTrue(project.run("merge", "-m", "x", "heads").failure().startsWith("Nothing to merge"));
    assertTrue(project.run("merge", "-m", "x", "1111", "3333").failure()
        .contains("1111aaaa0001 is an ancestor of 3333cccc0003"));
  }

  @Test
  void configOptionWorksFromAnotherDirectoryBeforeOrAfterTheCommand() {
    TestProject.create(tmp.resolve("project")).addChain();
    String config = tmp.resolve("project/retort.properties").toString();

    List<String> expected = List.of("3333cccc0003 (head)");
    assertEquals(expected, TestProject.runIn(tmp, java.util.Map.of(), "heads", "--config", config).succeeded().outLines());
    assertEquals(expected, TestProject.runIn(tmp, java.util.Map.of(), "--config", config, "heads").succeeded().outLines());
    assertEquals(expected, TestProject.runIn(tmp, java.util.Map.of(), "--config", "project/retort.properties", "heads")
        .succeeded().outLines());
  }

  @Test
  void emptyProjectHasNoHistoryNoHeadsAndNoBranches() {
    TestProject project = TestProject.create(tmp);

    assertEquals("", project.run("history").succeeded().out());
    assertEquals("", project.run("heads").succeeded().out());
    assertEquals("", project.run("branches").succeeded().out());
  }
}
