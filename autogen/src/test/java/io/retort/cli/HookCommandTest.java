package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code hook = ...}: a class of the project (Alembic's env.py) gives the database URL from the
 * application's own configuration, and keeps a table another tool owns out of autogenerate.
 */
class HookCommandTest {
  @TempDir
  Path tmp;

  private static String hookSource(ProjectDatabase database) {
    return """
        package com.example.db;

        import io.retort.runtime.api.RetortHook;

        public class RetortSetup implements RetortHook {
          @Override
          public String databaseUrl() {
            return "%s";
          }

          @Override
          public String databaseUser() {
            return "%s";
          }

          @Override
          public String databasePassword() {
            return "%s";
          }

          @Override
          public boolean includeTable(String table) {
            return !table.toLowerCase().startsWith("legacy_");
          }
        }
        """.formatted(database.url(), database.user(), database.password());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theHookGivesTheUrlAndFiltersTables(TestDatabase.Kind kind) throws Exception {
    TestProject.runIn(tmp, Map.of(), "init", "app").succeeded();
    Path app = tmp.resolve("app");
    Path config = app.resolve("retort.properties");
    String properties = Files.readString(config).replaceAll("(?m)^url = .*$", "url = jdbc:postgresql://127.0.0.1:1/not_this_one");
    Files.writeString(config, properties + "\nhook = com.example.db.RetortSetup\n");
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      ProjectEntities.compile(app, ProjectEntities.WIDGET, hookSource(database));
      try (Connection c = database.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE legacy_orders (id INTEGER NOT NULL PRIMARY KEY)");
      }

      List<String> out = TestProject.runIn(app, Map.of(), "revision", "--autogenerate", "-m", "Create widgets").succeeded()
          .outLines();
      assertEquals("Detected added table 'widgets'", out.get(0), "legacy_orders is not proposed for removal");
      TestProject.runIn(app, Map.of(), "upgrade", "head").succeeded();
      assertTrue(database.tables().containsAll(List.of("widgets", "legacy_orders")), database.tables()::toString);
      assertEquals(List.of("No new upgrade operations detected."), TestProject.runIn(app, Map.of(), "check").succeeded().outLines());
    }
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.Kind.class, names = "H2")
  void aHookThatIsNotThereIsOneClearFailure(TestDatabase.Kind kind) throws Exception {
    TestProject.runIn(tmp, Map.of(), "init", "app").succeeded();
    Path app = tmp.resolve("app");
    Files.writeString(app.resolve("retort.properties"), Files.readString(app.resolve("retort.properties"))
        + "\nhook = com.example.db.Missing\n");
    ProjectEntities.compile(app, ProjectEntities.WIDGET);
    assertEquals("hook = com.example.db.Missing in retort.properties: no such class on the project's classpath; build the "
        + "project, or fix the class name", TestProject.runIn(app, Map.of(), "current").failure());
  }
}
