package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.config.RetortConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort init} and {@code retort list-templates}. */
class InitCommandTest {
  @TempDir
  Path tmp;

  @Test
  void listTemplatesNamesGeneric() {
    List<String> out = TestProject.create(tmp).run("list-templates").succeeded().outLines();
    assertEquals("Available templates:", out.get(0));
    assertTrue(out.stream().anyMatch(l -> l.startsWith("generic - ")), out::toString);
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

  @Test
  void initRefusesANonEmptyDirectoryAndUnknownTemplates() throws Exception {
    Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(tmp.resolve("busy/notes.txt"), "mine");
    assertTrue(run(tmp, "init", "busy").failure().startsWith("Directory " + tmp.resolve("busy") + " already exists and is not empty"));
    assertEquals("mine", Files.readString(tmp.resolve("busy/notes.txt")));

    assertTrue(run(tmp, "init", "--template", "nosuch", "fresh").failure().startsWith("No template named 'nosuch'; available: generic"));
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
