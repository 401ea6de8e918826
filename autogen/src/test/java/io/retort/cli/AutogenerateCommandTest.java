package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code revision --autogenerate} and {@code check} through the command line, on every database:
 * the guards (database not at head, nothing to write, a bad --rename, an entity Hibernate cannot
 * map) and check's exit codes.
 */
class AutogenerateCommandTest {
  @TempDir
  Path tmp;

  private static final String GADGET = """
      package com.example.model;

      import jakarta.persistence.Column;
      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;
      import jakarta.persistence.Table;

      @Entity
      @Table(name = "gadgets")
      public class Gadget {
        @Id
        private Long id;

        @Column(length = 40)
        private String label;
      }
      """;

  private static final String BROKEN = """
      package com.example.model;

      import jakarta.persistence.Entity;
      import jakarta.persistence.Table;

      @Entity
      @Table(name = "broken")
      public class Broken {
        private String nothingIdentifiesMe;
      }
      """;

  private long revisionFiles(Path app) throws Exception {
    try (Stream<Path> files = Files.list(app.resolve("src/main/java/db/migrations"))) {
      return files.filter(f -> f.toString().endsWith(".java")).count();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void guardsAndCheck(TestDatabase.Kind kind) throws Exception {
    TestProject.runIn(tmp, Map.of(), "init", "app").succeeded();
    Path app = tmp.resolve("app");
    ProjectEntities.compile(app, ProjectEntities.WIDGET);
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      Map<String, String> env = database.environment();

      CliResult drift = TestProject.runIn(app, env, "check");
      assertEquals(1, drift.exit(), drift::toString);
      assertEquals(List.of("Detected added table 'widgets'"), drift.outLines());
      assertTrue(drift.err().startsWith("FAILED: New upgrade operations detected: 1 difference(s)"), drift.err());

      assertTrue(TestProject.runIn(app, env, "revision", "-m", "Widgets", "--rename", "a.b=c").failure()
          .startsWith("--rename only means something with --autogenerate"));
      assertTrue(TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Widgets", "--rename", "oops").failure()
          .startsWith("Malformed --rename 'oops'"));

      List<String> first = TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Create widgets").succeeded()
          .outLines();
      String firstId = RevisionCommandTest.idOf(first);

      ProjectEntities.compile(app, GADGET);
      assertTrue(TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Create gadgets").failure()
          .startsWith("Target database is not up to date: it is at base (no revision applied), the revisions end at " + firstId
              + "; run 'retort upgrade head' first"));
      assertEquals(1, revisionFiles(app), "nothing was written");

      TestProject.runIn(app, env, "upgrade", "head").succeeded();
      List<String> second = TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Create gadgets").succeeded()
          .outLines();
      assertEquals("Detected added table 'gadgets'", second.get(0));
      TestProject.runIn(app, env, "upgrade", "head").succeeded();
      assertEquals(List.of("No new upgrade operations detected."), TestProject.runIn(app, env, "check").succeeded().outLines());

      assertEquals(List.of("No changes in schema detected; no revision written."),
          TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Nothing").succeeded().outLines());
      assertEquals(2, revisionFiles(app));

      ProjectEntities.compile(app, BROKEN);
      String failure = TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Broken").failure();
      assertTrue(failure.startsWith("Cannot map entity com.example.model.Broken: "), failure);
      assertEquals(2, revisionFiles(app));
    }
  }
}
