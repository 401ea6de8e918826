package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A possible rename is never silent data loss: autogenerate stops and writes nothing until the rename
 * is confirmed ({@code --rename}) or declined ({@code --no-rename OLD}, {@code --no-rename '*'}); a
 * confirmed rename keeps the column's data, a declined one is the drop and the add.
 */
class RenameDecisionCommandTest {
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

  /** The gadget with its label column named {@code column}. */
  private static String renamed(String column) {
    return GADGET.replace("@Column(length = 40)", "@Column(name = \"" + column + "\", length = 40)");
  }

  private long revisionFiles(Path app) throws Exception {
    try (Stream<Path> files = Files.list(app.resolve("src/main/java/db/migrations"))) {
      return files.filter(f -> f.toString().endsWith(".java")).count();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aPossibleRenameStopsAutogenerateUntilItIsConfirmedOrDeclined(TestDatabase.Kind kind) throws Exception {
    TestProject.runIn(tmp, Map.of(), "init", "app").succeeded();
    Path app = tmp.resolve("app");
    ProjectEntities.compile(app, GADGET);
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      Map<String, String> env = database.environment();
      TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Create gadgets").succeeded();
      TestProject.runIn(app, env, "upgrade", "head").succeeded();
      try (Connection c = database.connect(); Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO gadgets (id, label) VALUES (1, 'blue')");
      }

      ProjectEntities.compile(app, renamed("label_text"));
      String stopped = TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Rename label").failure();
      assertTrue(stopped.startsWith("Autogenerate stopped and wrote nothing: a possible rename was neither confirmed nor "
          + "declined, and writing a drop and an add would lose the old data. gadgets.label -> gadgets.label_text ("), stopped);
      assertTrue(stopped.endsWith("); confirm with --rename gadgets.label=label_text or decline with --no-rename gadgets.label "
          + "(@RenamedFrom on the entity confirms it too; --no-rename '*' declines every one)"), stopped);
      assertEquals(1, revisionFiles(app), "nothing was written");

      assertEquals("--no-rename gadgets.lable matches no possible rename; the possible renames are gadgets.label: give "
          + "table.old_column or old_table", TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Rename label",
          "--no-rename", "gadgets.lable").failure());
      assertEquals("--no-rename only means something with --autogenerate",
          TestProject.runIn(app, env, "revision", "-m", "Empty", "--no-rename", "gadgets.label").failure());
      assertEquals(1, revisionFiles(app), "nothing was written");

      // confirmed: one rename, and the data stays
      TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Rename label", "--rename", "gadgets.label=label_text")
          .succeeded();
      TestProject.runIn(app, env, "upgrade", "head").succeeded();
      assertEquals("blue", value(database, "SELECT label_text FROM gadgets WHERE id = 1"));

      // declined: the drop and the add, written as before, with the warning
      ProjectEntities.compile(app, renamed("label_code"));
      List<String> declined = TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Replace label", "--no-rename",
          "gadgets.label_text").succeeded().outLines();
      assertTrue(declined.contains("Detected removed column 'gadgets.label_text'"), declined::toString);
      assertTrue(declined.contains("Detected added column 'gadgets.label_code'"), declined::toString);
      assertEquals(3, revisionFiles(app));
      TestProject.runIn(app, env, "upgrade", "head").succeeded();
      assertEquals(List.of("No new upgrade operations detected."), TestProject.runIn(app, env, "check").succeeded().outLines());

      // '*' declines every one, for scripts that want the drop and the add
      ProjectEntities.compile(app, renamed("label_name"));
      TestProject.runIn(app, env, "revision", "--autogenerate", "-m", "Replace label again", "--no-rename", "*").succeeded();
      assertEquals(4, revisionFiles(app));
    }
  }

  private static String value(ProjectDatabase database, String sql) throws Exception {
    try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
