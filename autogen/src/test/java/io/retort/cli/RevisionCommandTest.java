package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort revision -m}: where the new revision goes in the graph, its id, its file; no database. */
class RevisionCommandTest {
  private static final Pattern GENERATED = Pattern.compile("Generating (.+) \\.\\.\\.  done");

  @TempDir
  Path tmp;

  @Test
  void firstRevisionIsABaseWithARandomTwelveHexId() throws Exception {
    TestProject project = TestProject.create(tmp);

    List<String> out = project.run("revision", "-m", "Create products").succeeded().outLines();
    assertEquals(2, out.size(), out::toString);
    String id = idOf(out);
    assertTrue(id.matches("[0-9a-f]{12}"), id);
    Path file = fileOf(out);
    assertEquals(project.versions().resolve("R" + id + "_create_products.java"), file);
    String source = Files.readString(file);
    assertTrue(source.contains("package shop.migrations;"), source);
    assertTrue(source.contains("@Revision("), source);

    assertEquals(List.of("<base> -> " + id + " (head), Create products"), project.run("history").succeeded().outLines());
  }

  @Test
  void nextRevisionRevisesTheSingleHead() {
    TestProject project = TestProject.create(tmp).addChain();

    String id = idOf(project.run("revision", "-m", "Add stock").succeeded().outLines());
    assertEquals("3333cccc0003 -> " + id + " (head), Add stock", project.run("history").succeeded().outLines().get(0));
  }

  @Test
  void koreanMessageKeepsItsTextAndGivesAValidClassName() throws Exception {
    TestProject project = TestProject.create(tmp).addChain();

    List<String> out = project.run("revision", "-m", "상품 설명 추가").succeeded().outLines();
    String id = idOf(out);
    Path file = fileOf(out);
    String className = file.getFileName().toString().replace(".java", "");
    assertEquals("R" + id, className);
    assertTrue(SourceVersion.isName(className));
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"상품 설명 추가\""));

    assertEquals("3333cccc0003 -> " + id + " (head), 상품 설명 추가", project.run("history").succeeded().outLines().get(0));
    assertTrue(project.run("show", id).succeeded().outLines().contains("    상품 설명 추가"));
  }

  @Test
  void messageMangledByANonUtf8LocaleIsRefused() {
    TestProject project = TestProject.create(tmp).addChain();

    String failure = project.run("revision", "-m", "\uFFFD\uFFFD \uFFFD\uFFFD").failure();
    assertTrue(failure.contains("the locale is not UTF-8"), failure);
  }

  @Test
  void severalHeadsNeedHeadOrAMerge() {
    TestProject project = TestProject.create(tmp).addBranches();

    String failure = project.run("revision", "-m", "More").failure();
    assertTrue(failure.startsWith("Multiple heads are present; please specify the head revision on which the new revision "
        + "should be based, or perform a merge."), failure);
    assertTrue(failure.contains("3333cccc0003, 4444dddd0004"), failure);

    String id = idOf(project.run("revision", "-m", "More audit", "--head", "audit@head").succeeded().outLines());
    assertEquals("4444dddd0004 -> " + id + " (head), More audit", project.run("history").succeeded().outLines().get(0));
  }

  @Test
  void aNonHeadParentNeedsSplice() {
    TestProject project = TestProject.create(tmp).addChain();

    String failure = project.run("revision", "-m", "Side", "--head", "2222").failure();
    assertTrue(failure.startsWith("Revision 2222bbbb0002 is not a head revision; pass --splice"), failure);

    String id = idOf(project.run("revision", "-m", "Side", "--head", "2222", "--splice").succeeded().outLines());
    assertTrue(project.run("heads").succeeded().outLines().contains(id + " (head)"));
    assertTrue(project.run("branches").succeeded().out().startsWith("2222bbbb0002 (branchpoint)\n"));
  }

  @Test
  void headBaseWithALabelStartsAnIndependentBranch() {
    TestProject project = TestProject.create(tmp).addChain();

    String id = idOf(project.run("revision", "-m", "Networking", "--head", "base", "--branch-label", "networking")
        .succeeded().outLines());
    assertEquals(List.of("3333cccc0003 (head)", id + " (networking) (head)").stream().sorted().toList(),
        project.run("heads").succeeded().outLines().stream().sorted().toList());
    assertTrue(project.run("history").succeeded().outLines().contains("<base> -> " + id + " (networking) (head), Networking"));
  }

  @Test
  void dependsOnAndRevIdAreWrittenAsGiven() {
    TestProject project = TestProject.create(tmp).addBranches();

    project.run("revision", "-m", "Needs audit", "--head", "3333", "--depends-on", "audit", "--rev-id", "abcdef012345")
        .succeeded();
    assertEquals("3333cccc0003 (4444dddd0004) -> abcdef012345 (head), Needs audit",
        project.run("history").succeeded().outLines().get(0));
    assertTrue(project.run("show", "abcdef").succeeded().outLines().contains("Also depends on: 4444dddd0004"));
  }

  @Test
  void badIdsAndLabelsAreRefusedBeforeAnythingIsWritten() throws Exception {
    TestProject project = TestProject.create(tmp).addBranches();

    assertTrue(project.run("revision", "-m", "x", "--head", "3333", "--rev-id", "1111aaaa0001").failure()
        .startsWith("Revision 1111aaaa0001 already exists"));
    assertTrue(project.run("revision", "-m", "x", "--head", "3333", "--rev-id", "XYZ").failure()
        .startsWith("Invalid --rev-id 'XYZ'"));
    assertTrue(project.run("revision", "-m", "x", "--head", "3333", "--branch-label", "audit").failure()
        .startsWith("Branch label 'audit' is already used by revision 4444dddd0004"));
    assertTrue(project.run("revision", "-m", "x", "--head", "3333", "--branch-label", "head").failure()
        .startsWith("Invalid branch label 'head'"));
    assertTrue(project.run("revision", "-m", "x", "--head", "3333", "--depends-on", "base").failure()
        .contains("--depends-on base names no revision"));
    try (var files = Files.list(project.versions())) {
      assertEquals(4, files.count());
    }
  }

  @Test
  void newRevisionIsEditableAndRunnableWithoutABuild() throws Exception {
    TestProject project = TestProject.create(tmp).addChain();

    Path file = fileOf(project.run("revision", "-m", "Add stock", "--rev-id", "abcdef000001").succeeded().outLines());
    String edited = Files.readString(file).replaceFirst("message = \"Add stock\"", "message = \"Add stock column\"");
    Files.writeString(file, edited);
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2000));

    assertEquals("3333cccc0003 -> abcdef000001 (head), Add stock column", project.run("history").succeeded().outLines().get(0));
    assertFalse(Files.exists(project.directory().resolve("target/classes")));
    assertTrue(Files.exists(project.directory().resolve("target/retort-classes/shop/migrations/R" + "abcdef000001_add_stock.class")));
  }

  static String idOf(List<String> out) {
    String last = out.get(out.size() - 1);
    assertTrue(last.startsWith("Revision ID: "), last);
    return last.substring("Revision ID: ".length());
  }

  static Path fileOf(List<String> out) {
    Matcher matcher = GENERATED.matcher(out.get(0));
    assertTrue(matcher.matches(), out.get(0));
    Path file = Path.of(matcher.group(1));
    assertTrue(Files.isRegularFile(file), file::toString);
    return file;
  }
}
