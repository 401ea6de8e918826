package io.retort.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The plugin in real Maven builds of small projects, on H2, PostgreSQL and MariaDB: the seed's
 * workflow ({@code autogen}, {@code upgrade}, {@code current}, {@code history}, {@code check},
 * {@code downgrade}, the offline script) as goals, a {@code check} that fails the build when an
 * entity changed, and a multi-module build whose entities live in another module.
 */
class MavenPluginIT {
  private static final Pattern REVISION_ID = Pattern.compile("Revision ID: ([0-9a-f]{12})");

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void seedWorkflowAsGoals(Kind kind) {
    MavenBuild project = MavenBuild.copyOf("single", "single-" + kind);
    try (Database database = Database.of(kind, project)) {
      MavenBuild.Result autogen = project.run(database.with("compile", "retort:autogen", "-Dretort.message=Create items")).succeeded()
          .contains("[INFO] Detected added table 'items'");
      String id = revisionId(autogen);
      assertTrue(project.read("src/main/java/com/example/inventory/migrations/R" + id + "_create_items.java")
          .contains("op.createTable("), "the revision file");

      MavenBuild.Result applied = project.run(database.with("retort:upgrade", "retort:current", "retort:history", "retort:check",
          "retort:validate")).succeeded();
      assertEquals(List.of("Running upgrade  -> " + id + ", Create items", id + " (head)", "<base> -> " + id + " (head), Create items",
          "No new upgrade operations detected.", "No problems found: the applied revisions are this project's, as they were applied."),
          retortLines(applied));

      project.write("src/main/java/com/example/inventory/model/Item.java", project.read("src/main/java/com/example/inventory/model/Item.java")
          .replace("  private String name;", "  private String name;\n\n  @Column(name = \"description\", length = 500)\n  private String description;"));
      project.run(database.with("retort:check")).failed()
          .contains("The compiled classes in target/classes are older than src/main/java/com/example/inventory/model/Item.java");
      project.run(database.with("compile", "retort:check")).failed()
          .contains("[INFO] Detected added column 'items.description'")
          .contains("New upgrade operations detected: 1 difference(s) between the entities and the database");

      MavenBuild.Result script = project.run(database.with("-q", "retort:downgrade", "-Dretort.sql", "-Dretort.target=" + id + ":base"))
          .succeeded();
      assertTrue(script.output().toUpperCase().contains("DROP TABLE"), script.output());
      assertTrue(script.output().contains("-- Running downgrade " + id + " -> , Create items"), script.output());

      MavenBuild.Result down = project.run(database.with("retort:downgrade", "-Dretort.target=base", "retort:current")).succeeded();
      assertEquals(List.of("Running downgrade " + id + " -> , Create items"), retortLines(down));

      project.run(database.with("retort:upgrade", "-Dretort.target=nothere")).failed()
          .contains("Can't locate revision identified by 'nothere'");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void multiModuleBuildWithTheEntitiesInAnotherModule(Kind kind) {
    MavenBuild project = MavenBuild.copyOf("multimodule", "multimodule-" + kind);
    try (Database database = Database.of(kind, project)) {
      MavenBuild.Result autogen = project.run(database.with("compile", "retort:autogen", "-Dretort.message=Create categories"))
          .succeeded()
          .contains("No retort.properties in " + project.directory().resolve("model") + ": nothing for Retort to do in catalog-model")
          .contains("[INFO] Detected added table 'categories'");
      String id = revisionId(autogen);
      MavenBuild.Result check = project.run(database.with("compile", "retort:upgrade", "retort:check")).succeeded();
      assertEquals(List.of("Running upgrade  -> " + id + ", Create categories", "No new upgrade operations detected."),
          retortLines(check));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Kind.class, names = "H2")
  void autogenWritesAFlywayMigrationWithFormatAndUndo(Kind kind) {
    MavenBuild project = MavenBuild.copyOf("single", "single-flyway-" + kind);
    try (Database database = Database.of(kind, project)) {
      String location = "src/main/resources/db/migration/";
      MavenBuild.Result autogen = project.run(database.with("compile", "retort:autogen", "-Dretort.message=Create items",
          "-Dretort.format=flyway", "-Dretort.undo")).succeeded();
      assertEquals(List.of("Detected added table 'items'",
          "Generating " + project.directory().resolve(location + "V1__create_items.sql") + " ...  done",
          "Generating " + project.directory().resolve(location + "U1__create_items.sql") + " ...  done",
          "Flyway version: 1"), retortLines(autogen));
      assertTrue(project.read(location + "V1__create_items.sql").contains("CREATE TABLE \"ITEMS\""),
          () -> project.read(location + "V1__create_items.sql"));
      assertTrue(project.read(location + "U1__create_items.sql").contains("DROP TABLE \"ITEMS\""),
          () -> project.read(location + "U1__create_items.sql"));
    }
  }

  private static String revisionId(MavenBuild.Result result) {
    Matcher matcher = REVISION_ID.matcher(result.output());
    assertTrue(matcher.find(), () -> "no 'Revision ID:' in\n" + result.output());
    return matcher.group(1);
  }

  /** The lines the retort goals logged (Maven's own INFO lines left out, and its downloads in the first build of a run). */
  private static List<String> retortLines(MavenBuild.Result result) {
    List<String> lines = new ArrayList<>();
    boolean inRetort = false;
    for (String line : result.info()) {
      if (line.startsWith("-") || line.startsWith(">>>") || line.startsWith("<<<") || line.startsWith("BUILD")) {
        inRetort = line.startsWith("--- ") && line.contains("retort-maven-plugin:");
        continue;
      }
      if (inRetort && !line.isBlank() && !line.startsWith("No retort.properties in ") && !line.startsWith("Downloading from ")
          && !line.startsWith("Downloaded from ")) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Where a test project's revisions go: a fresh schema or database, or an H2 file inside the project. */
  private record Database(TestDatabase server, String url, String user, String password) implements AutoCloseable {
    static Database of(Kind kind, MavenBuild project) {
      if (kind == Kind.H2) {
        return new Database(null, "jdbc:h2:" + project.directory().resolve("target/it-db"), "sa", "");
      }
      TestDatabase server = TestDatabase.create(kind);
      return new Database(server, server.url(), server.user(), server.password() == null ? "" : server.password());
    }

    /** The goals and options, with the database given as {@code -Dretort.url/user/password}. */
    String[] with(String... arguments) {
      List<String> all = new ArrayList<>(List.of(arguments));
      all.add("-Dretort.url=" + url);
      all.add("-Dretort.user=" + user);
      all.add("-Dretort.password=" + password);
      return all.toArray(String[]::new);
    }

    @Override
    public void close() {
      if (server != null) {
        server.close();
      }
    }
  }
}
