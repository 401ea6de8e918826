package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A team that keeps Flyway: a project migrated by Flyway (a hand-written {@code V1__}), an entity
 * edit, {@code autogen --format flyway} through the command line, the generated {@code V2__} applied
 * by real Flyway, then {@code check} clean; and the guard that reads Flyway's history table. On H2,
 * PostgreSQL and MariaDB.
 */
class FlywayFormatCommandTest {
  @TempDir
  Path tmp;

  private static final String CONFIG = """
      # migrations are Flyway's: autogen writes V<next>__<slug>.sql into src/main/resources/db/migration
      revision_format = flyway
      entity_packages = com.example.model
      """;

  private static final String V1 = """
      CREATE TABLE widgets (
        id bigint NOT NULL PRIMARY KEY,
        name varchar(100) NOT NULL,
        legacy_code varchar(20)
      );
      """;

  private static final String WIDGET_AS_V1 = """
      package com.example.model;

      import jakarta.persistence.Column;
      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;
      import jakarta.persistence.Table;

      @Entity
      @Table(name = "widgets")
      public class Widget {
        @Id
        private Long id;

        @Column(nullable = false, length = 100)
        private String name;

        @Column(name = "legacy_code", length = 20)
        private String legacyCode;
      }
      """;

  /** legacy_code is gone, code (like it) and description are new, and quantity is NOT NULL without a default. */
  private static final String WIDGET_EDITED = """
      package com.example.model;

      import jakarta.persistence.Column;
      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;
      import jakarta.persistence.Table;

      @Entity
      @Table(name = "widgets")
      public class Widget {
        @Id
        private Long id;

        @Column(nullable = false, length = 100)
        private String name;

        @Column(length = 20)
        private String code;

        @Column(length = 500)
        private String description;

        private int quantity;
      }
      """;

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

  private static final String GADGET_WITH_NOTE = GADGET.replace("private String label;", """
      private String label;

        @Column(length = 200)
        private String note;""");

  /** What autogen writes on PostgreSQL for the edit of {@link #WIDGET_EDITED}, byte for byte. */
  private static final String POSTGRESQL_V2 = """
      -- Add widget details
      --
      -- Flyway migration V2, written by Retort ('autogen --format flyway') for postgresql.

      -- DANGER: drops column 'widgets.legacy_code' and its data
      -- Possible rename: widgets.legacy_code -> widgets.code (same type, nullability and default; similar name); confirm with --rename widgets.legacy_code=code
      ALTER TABLE "widgets" DROP COLUMN "legacy_code";

      ALTER TABLE "widgets" ADD COLUMN "code" VARCHAR(20);

      ALTER TABLE "widgets" ADD COLUMN "description" VARCHAR(500);

      -- CAUTION: adds NOT NULL column 'widgets.quantity' without a server default; fails if the table has rows
      ALTER TABLE "widgets" ADD COLUMN "quantity" INTEGER NOT NULL;
      """;

  private static final String POSTGRESQL_U2 = """
      -- Add widget details
      --
      -- Flyway undo migration U2: undoes V2, written by Retort ('autogen --format flyway --undo') for postgresql.

      -- DANGER: drops column 'widgets.quantity' and its data
      ALTER TABLE "widgets" DROP COLUMN "quantity";

      -- DANGER: drops column 'widgets.description' and its data
      ALTER TABLE "widgets" DROP COLUMN "description";

      -- DANGER: drops column 'widgets.code' and its data
      ALTER TABLE "widgets" DROP COLUMN "code";

      ALTER TABLE "widgets" ADD COLUMN "legacy_code" VARCHAR(20);
      """;

  private Path app;
  private Path location;

  private void createProject() throws Exception {
    app = tmp.resolve("app");
    location = app.resolve("src/main/resources/db/migration");
    TestProject.write(app.resolve("retort.properties"), CONFIG);
    TestProject.write(location.resolve("V1__create_widgets.sql"), V1);
    ProjectEntities.compile(app, WIDGET_AS_V1);
  }

  private Flyway flyway(ProjectDatabase database) {
    return Flyway.configure().dataSource(database.url(), database.user(), database.password())
        .locations("filesystem:" + location).load();
  }

  private CliResult run(ProjectDatabase database, String... args) {
    return TestProject.runIn(app, database.environment(), args);
  }

  private List<String> migrationFiles() throws Exception {
    try (Stream<Path> files = Files.list(location)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void autogenWritesAFlywayMigrationThatFlywayApplies(TestDatabase.Kind kind) throws Exception {
    createProject();
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      assertEquals(1, flyway(database).migrate().migrationsExecuted);
      assertEquals(List.of("No new upgrade operations detected."), run(database, "check").succeeded().outLines(),
          "Flyway's history table is not compared");

      ProjectEntities.compile(app, WIDGET_EDITED);
      List<String> out = run(database, "revision", "--autogenerate", "--format", "flyway", "--undo", "--no-rename",
          "widgets.legacy_code", "Add", "widget", "details")
          .succeeded().outLines();
      Path v2 = location.resolve("V2__add_widget_details.sql");
      Path u2 = location.resolve("U2__add_widget_details.sql");
      assertEquals(List.of("Generating " + v2 + " ...  done", "Generating " + u2 + " ...  done", "Flyway version: 2"),
          out.subList(out.size() - 3, out.size()), () -> String.join("\n", out));
      assertTrue(out.contains("Detected added column 'widgets.code'"), () -> String.join("\n", out));
      assertTrue(out.contains("Detected removed column 'widgets.legacy_code'"), () -> String.join("\n", out));
      assertEquals(List.of("U2__add_widget_details.sql", "V1__create_widgets.sql", "V2__add_widget_details.sql"), migrationFiles());

      String migration = Files.readString(v2, StandardCharsets.UTF_8);
      String undo = Files.readString(u2, StandardCharsets.UTF_8);
      if (kind == TestDatabase.Kind.POSTGRESQL) {
        assertEquals(POSTGRESQL_V2, migration);
        assertEquals(POSTGRESQL_U2, undo);
      } else {
        assertTrue(migration.startsWith("-- Add widget details\n--\n-- Flyway migration V2, written by Retort ('autogen --format "
            + "flyway') for " + (kind == TestDatabase.Kind.H2 ? "h2" : "mariadb") + ".\n"), migration);
        assertTrue(migration.contains("-- DANGER: "), migration);
        assertTrue(migration.contains("-- Possible rename: widgets.legacy_code -> widgets.code"), migration);
      }

      assertEquals(1, flyway(database).migrate().migrationsExecuted, "Flyway applies V2 (and leaves the undo file alone)");
      MigrationInfo applied = flyway(database).info().current();
      assertEquals("2", applied.getVersion().getVersion());
      assertEquals(MigrationState.SUCCESS, applied.getState());
      assertEquals(Set.of("id", "name", "code", "description", "quantity"), database.columns("widgets"));
      if (kind == TestDatabase.Kind.POSTGRESQL) {
        undoesOnPostgresql(database, undo);
      }
      assertEquals(List.of("No new upgrade operations detected."), run(database, "check").succeeded().outLines());
      assertEquals(List.of("No changes in schema detected; no Flyway migration written."),
          run(database, "revision", "--autogenerate", "--format", "flyway", "-m", "Nothing").succeeded().outLines());
      assertEquals(3, migrationFiles().size());
    }
  }

  /**
   * The undo file, run on the database at V2 inside a transaction that is then rolled back, brings the
   * table back to V1 (Flyway's undo command itself is not in Flyway's free edition).
   */
  private static void undoesOnPostgresql(ProjectDatabase database, String undo) throws Exception {
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute(undo);
      }
      Set<String> columns = new TreeSet<>();
      try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), "widgets", "%")) {
        while (rs.next()) {
          columns.add(rs.getString("COLUMN_NAME"));
        }
      }
      assertEquals(Set.of("id", "name", "legacy_code"), columns, "the columns of V1");
      connection.rollback();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theGuardReadsFlywaysHistoryTable(TestDatabase.Kind kind) throws Exception {
    createProject();
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      assertEquals("Target database is not up to date: it is at no Flyway history (no table flyway_schema_history), and Flyway "
          + "has a migration in " + location + " still to apply (V1__create_widgets.sql); run 'flyway migrate' (or start the "
          + "application) first", run(database, "check").failure());
      flyway(database).migrate();

      ProjectEntities.compile(app, GADGET);
      TestProject.write(location.resolve("V2__create_gadgets_by_hand.sql"),
          "CREATE TABLE gadgets (id bigint NOT NULL PRIMARY KEY, label varchar(40));\n");
      String pending = "Target database is not up to date: it is at version 1, and Flyway has a migration in " + location
          + " still to apply (V2__create_gadgets_by_hand.sql); run 'flyway migrate' (or start the application) first";
      assertEquals(pending, run(database, "revision", "--autogenerate", "--format", "flyway", "-m", "Create gadgets").failure());
      assertEquals(pending, run(database, "check").failure(), "check in a Flyway project guards the same way");
      assertEquals(List.of("V1__create_widgets.sql", "V2__create_gadgets_by_hand.sql"), migrationFiles(), "nothing was written");

      flyway(database).migrate();
      assertEquals(List.of("No changes in schema detected; no Flyway migration written."),
          run(database, "revision", "--autogenerate", "-m", "Create gadgets").succeeded().outLines(), "revision_format = flyway");

      ProjectEntities.compile(app, GADGET_WITH_NOTE);
      String korean = "가젯에 메모 추가\n\n화면에서 쓰는 메모";
      List<String> out = run(database, "revision", "--autogenerate", "-m", korean).succeeded().outLines();
      Path v3 = location.resolve("V3__migration.sql");
      assertTrue(out.contains("Generating " + v3 + " ...  done"), () -> String.join("\n", out));
      String migration = Files.readString(v3, StandardCharsets.UTF_8);
      assertTrue(migration.startsWith("-- 가젯에 메모 추가\n--\n-- 화면에서 쓰는 메모\n--\n-- Flyway migration V3,"), migration);
      assertEquals(1, flyway(database).migrate().migrationsExecuted);
      assertEquals("3", flyway(database).info().current().getVersion().getVersion());
      run(database, "check").succeeded();

      TestProject.write(location.resolve("V4__broken.sql"), "CREATE TABLE half_done (id int);\nTHIS IS NOT SQL;\n");
      assertThrows(RuntimeException.class, () -> flyway(database).migrate());
      String failed = run(database, "check").failure();
      if (kind == TestDatabase.Kind.MARIADB) {
        assertEquals("Target database is not up to date: Flyway's history table flyway_schema_history records the failed migration "
            + "4; fix it, run 'flyway repair', then 'flyway migrate' first", failed);
      } else {
        assertTrue(failed.startsWith("Target database is not up to date: "), failed);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.Kind.class, names = "H2")
  void optionsOfRetortsRevisionGraphAreRefusedForFlywayMigrations(TestDatabase.Kind kind) throws Exception {
    createProject();
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      assertEquals("--head, --rev-id place a revision in Retort's revision graph, which a Flyway migration (--format flyway) has "
          + "not: Flyway orders migrations by their version; leave them out",
          run(database, "revision", "--autogenerate", "-m", "X", "--head", "base", "--rev-id", "aaaabbbbcccc").failure());
      String undo = run(database, "revision", "--autogenerate", "-m", "X", "--format", "retort", "--undo").failure();
      assertTrue(undo.startsWith("--undo only means something for a Flyway migration"), undo);
      assertTrue(run(database, "revision", "--autogenerate", "-m", "X", "--format", "liquibase").failure()
          .startsWith("--format must be retort or flyway, not 'liquibase'"));
      CliResult both = run(database, "revision", "--autogenerate", "-m", "X", "Y");
      assertEquals(2, both.exit());
      assertTrue(both.err().startsWith("Give the message once"), both.err());

      List<String> empty = run(database, "revision", "-m", "Backfill by hand").succeeded().outLines();
      Path v2 = location.resolve("V2__backfill_by_hand.sql");
      assertEquals(List.of("Generating " + v2 + " ...  done", "Flyway version: 2"), empty);
      assertEquals("-- Backfill by hand\n--\n-- Flyway migration V2, written by Retort ('autogen --format flyway') for h2.\n\n"
          + "-- Write the SQL of this migration here; Flyway runs it as it is.\n", Files.readString(v2, StandardCharsets.UTF_8));
      assertFalse(Arrays.asList(location.toFile().list()).contains("U2__backfill_by_hand.sql"));
    }
  }
}
