package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.autogen.script.Templates;

import io.retort.runtime.config.RetortConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code retort init} and {@code retort list-templates}. */
class InitCommandTest {
  @TempDir
  Path tmp;

  @Test
  void listTemplatesNamesBothWithTheirDescriptions() {
    List<String> out = TestProject.create(tmp).run("list-templates").succeeded().outLines();
    assertEquals("Available templates:", out.get(0));
    assertEquals("", out.get(1));
    assertEquals("generic - Generic single-database configuration: retort.properties, a revision header and an empty "
        + "versions folder.", out.get(2));
    assertEquals("multidb - Several databases, each with its own entities and revisions (main and analytics to start "
        + "with): retort.properties, a revision header and a versions folder per database.", out.get(3));
    assertTrue(out.contains("  retort init --template multidb ."), out::toString);
  }

  @Test
  void initScaffoldsAProjectThatWorksStraightAway() throws Exception {
    Path directory = tmp.resolve("shop");
    List<String> out = run(tmp, "init", "shop").succeeded().outLines();
    assertEquals("Creating directory " + directory + " ...  done", out.get(0));
    assertTrue(out.contains("Generating " + directory.resolve("retort.properties") + " ...  done"), out::toString);
    assertTrue(out.get(out.size() - 1).startsWith("Please edit the settings in '" + directory.resolve("retort.properties")));

    RetortConfig config = RetortConfig.load(directory.resolve("retort.properties"), Map.of());
    assertEquals("db.migrations", config.migrationsPackage());
    assertTrue(config.url().startsWith("jdbc:h2:file:"), config.url());
    assertTrue(Files.isRegularFile(config.scriptLocation().resolve("README.md")));
    assertEquals(directory.resolve("revision_header.txt"), config.revisionHeader());
    assertTrue(Files.isRegularFile(config.revisionHeader()));
    assertTrue(Files.notExists(directory.resolve(Templates.DESCRIPTOR)));

    Path database = tmp.resolve("db/app");
    String url = "jdbc:h2:file:" + database;
    CliResult revision = run(directory, Map.of("DATABASE_URL", url), "revision", "-m", "First");
    String id = RevisionCommandTest.idOf(revision.succeeded().outLines());
    run(directory, Map.of("DATABASE_URL", url), "upgrade", "head").succeeded();
    assertEquals(List.of(id + " (head)"), run(directory, Map.of("DATABASE_URL", url), "current").succeeded().outLines());
  }

  @Test
  void initWithTheGenericTemplateNamedExplicitly() {
    run(tmp, "init", "--template", "generic", "app").succeeded();
    assertTrue(Files.isRegularFile(tmp.resolve("app/retort.properties")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"generic", "multidb"})
  void initIntoADirectoryWithOtherFilesLeavesThemAlone(String template) throws Exception {
    Files.createDirectories(tmp.resolve("busy/src/main/java"));
    Files.writeString(tmp.resolve("busy/notes.txt"), "mine");
    Files.writeString(tmp.resolve("busy/pom.xml"), "<project/>");

    run(tmp.resolve("busy"), "init", "--template", template, ".").succeeded();
    assertEquals("mine", Files.readString(tmp.resolve("busy/notes.txt")));
    assertEquals("<project/>", Files.readString(tmp.resolve("busy/pom.xml")));
    assertTrue(Files.isRegularFile(tmp.resolve("busy/retort.properties")));
    assertTrue(Files.isRegularFile(tmp.resolve("busy/revision_header.txt")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"generic", "multidb"})
  void initRefusesToOverwriteAndWritesNothing(String template) throws Exception {
    Path busy = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(busy.resolve("revision_header.txt"), "mine");

    String failure = run(busy, "init", "--template", template, ".").failure();
    assertEquals("'retort init' would overwrite " + busy.resolve("revision_header.txt") + "; nothing was written. Move it "
        + "away, or init into another directory", failure);
    assertEquals("mine", Files.readString(busy.resolve("revision_header.txt")));
    try (Stream<Path> files = Files.list(busy)) {
      assertEquals(List.of(busy.resolve("revision_header.txt")), files.toList());
    }
  }

  @Test
  void initNamesEveryClashingFileAndAFileWhereAFolderGoes() throws Exception {
    Path busy = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(busy.resolve("retort.properties"), "url = mine");
    Files.writeString(busy.resolve("src"), "a file, not a folder");

    String failure = run(busy, "init", ".").failure();
    assertEquals("'retort init' would overwrite " + busy.resolve("retort.properties") + ", " + busy.resolve("src")
        + " (a file where the template needs a directory); nothing was written. Move them away, or init into another directory",
        failure);
    assertEquals("url = mine", Files.readString(busy.resolve("retort.properties")));
    assertTrue(Files.notExists(busy.resolve("revision_header.txt")));
  }

  @Test
  void initRefusesAFileAsTheDirectoryAndUnknownTemplates() throws Exception {
    Files.writeString(tmp.resolve("plain"), "mine");
    assertEquals(tmp.resolve("plain") + " exists and is not a directory; give a new directory or an existing one to 'retort init'",
        run(tmp, "init", "plain").failure());

    assertTrue(run(tmp, "init", "--template", "nosuch", "fresh").failure()
        .startsWith("No template named 'nosuch'; available: generic, multidb"));
    assertTrue(Files.notExists(tmp.resolve("fresh")));
  }

  @Test
  void initIntoAnExistingEmptyDirectory() throws Exception {
    Files.createDirectories(tmp.resolve("empty"));
    run(tmp, "init", "empty").succeeded();
    assertTrue(Files.isRegularFile(tmp.resolve("empty/retort.properties")));
  }

  private static CliResult run(Path directory, String... args) {
    return run(directory, Map.of(), args);
  }

  private static CliResult run(Path directory, Map<String, String> environment, String... args) {
    return TestProject.runIn(directory, environment, args);
  }
}
