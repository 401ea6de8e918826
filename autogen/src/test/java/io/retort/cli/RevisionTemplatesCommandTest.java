package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code file_template} and {@code revision_header} as a user sets them: a copied template with
 * another name pattern and header, honoured by {@code revision} and {@code merge}; and the bad
 * ones, refused with one {@code FAILED:} line before anything is written.
 */
class RevisionTemplatesCommandTest {
  private static final String CONFIG = """
      script_location = %s
      migrations_package = %s
      url = %s
      """.formatted(TestProject.SCRIPT_LOCATION, TestProject.PACKAGE, TestProject.NOWHERE_URL);
  private static final Pattern CREATE_DATE = Pattern.compile("createDate = \"(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2}):\\d{2}\"");

  @TempDir
  Path tmp;

  @Test
  void copiedTemplateWithItsOwnNamePatternAndHeader() throws Exception {
    TestProject project = TestProject.create(tmp).config(CONFIG + """
        file_template = V{year}{month}{day}_{hour}{minute}_{id}_{slug}
        revision_header = team/header.txt
        """);
    TestProject.write(tmp.resolve("team/header.txt"), """
        {message}

        Revision: {id} (after {revises})
        Branch: {branch_labels}
        Written on {create_date} for the shop team.
        """);

    List<String> out = project.run("revision", "-m", "Add stock", "--rev-id", "0123456789ab", "--branch-label", "stock")
        .succeeded().outLines();
    Path file = Path.of(out.get(0).replaceFirst("^Generating (.+) \\.\\.\\.  done$", "$1"));
    String source = Files.readString(file);
    Matcher date = CREATE_DATE.matcher(source);
    assertTrue(date.find(), source);
    String className = "V" + date.group(1) + date.group(2) + date.group(3) + "_" + date.group(4) + date.group(5)
        + "_0123456789ab_add_stock";
    assertEquals(project.versions().resolve(className + ".java"), file);
    assertTrue(source.contains("public final class " + className + " implements Migration {"), source);
    String createDate = source.substring(date.start() + "createDate = \"".length(), date.end() - 1);
    assertTrue(source.contains("""
        /**
         * Add stock
         *
         * Revision: 0123456789ab (after )
         * Branch: stock
         * Written on %s for the shop team.
         */
        """.formatted(createDate)), source);

    assertEquals(List.of("<base> -> 0123456789ab (stock) (head), Add stock"), project.run("history").succeeded().outLines());
  }

  @Test
  void emptySlugUnderAPatternLeavesNoDanglingUnderscore() throws Exception {
    TestProject project = TestProject.create(tmp).config(CONFIG + "file_template = Rev_{slug}_{id}\n");
    project.run("revision", "-m", "상품 설명 추가", "--rev-id", "0123456789ab").succeeded();
    assertTrue(Files.isRegularFile(project.versions().resolve("Rev_0123456789ab.java")));
    assertEquals(List.of("<base> -> 0123456789ab (head), 상품 설명 추가"), project.run("history").succeeded().outLines());
  }

  @Test
  void eachDatabaseMayHaveItsOwnPattern() throws Exception {
    TestProject.runIn(tmp, Map.of(), "init", "--template", "multidb", "app").succeeded();
    Path app = tmp.resolve("app");
    Path config = app.resolve("retort.properties");
    Files.writeString(config, Files.readString(config) + "analytics.file_template = Analytics{id}\n");

    TestProject.runIn(app, Map.of(), "--db", "analytics", "revision", "-m", "First", "--rev-id", "0123456789ab")
        .succeeded();
    TestProject.runIn(app, Map.of(), "--db", "main", "revision", "-m", "First", "--rev-id", "ba9876543210").succeeded();
    assertTrue(Files.isRegularFile(app.resolve("src/main/java/db/analytics/Analytics0123456789ab.java")));
    assertTrue(Files.isRegularFile(app.resolve("src/main/java/db/main/Rba9876543210_first.java")));
  }

  @Test
  void invalidPatternIsRefusedWhenTheConfigIsRead() {
    TestProject project = TestProject.create(tmp).config(CONFIG + "file_template = {slug}_{id}\n");
    assertEquals("'file_template' in retort.properties is not a valid revision name pattern: it must start with a letter or "
        + "'_' (the id, slug and date may start with a digit), e.g. R{id}_{slug} (it is '{slug}_{id}')",
        project.run("history").failure());

    project.config(CONFIG + "file_template = R_{slug}\n");
    assertEquals("'file_template' in retort.properties is not a valid revision name pattern: it must contain {id}, so every "
        + "revision gets its own file (it is 'R_{slug}')", project.run("revision", "-m", "x").failure());
    assertTrue(Files.notExists(project.versions()));
  }

  @Test
  void missingHeaderFileIsOneFailedLineAndNothingIsWritten() throws Exception {
    TestProject project = TestProject.create(tmp).config(CONFIG + "revision_header = revision_header.txt\n");
    assertEquals("The revision header file " + tmp.resolve("revision_header.txt") + " (revision_header in retort.properties) "
        + "does not exist; restore it, point revision_header at another file, or remove the key for the built-in header",
        project.run("revision", "-m", "Add stock").failure());
    assertTrue(Files.notExists(project.versions()));

    project.addBranches();
    assertTrue(project.run("merge", "-m", "Join", "heads").failure().startsWith("The revision header file "));
    try (Stream<Path> files = Files.list(project.versions())) {
      assertEquals(4, files.count());
    }
  }

  @Test
  void misspeltPlaceholderIsOneFailedLine() {
    TestProject project = TestProject.create(tmp).config(CONFIG + "revision_header = header.txt\n");
    TestProject.write(tmp.resolve("header.txt"), "{mesage}\n\nRevision ID: {id}\n");
    assertEquals("Unknown placeholder {mesage} in " + tmp.resolve("header.txt") + "; the placeholders are {message}, {id}, "
        + "{revises}, {create_date}, {branch_labels}, {depends_on}; fix the revision header file",
        project.run("revision", "-m", "Add stock").failure());
  }
}
