package io.retort.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retort.runtime.RetortException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code revision_format}, {@code flyway_locations} and {@code flyway_table}: defaults, spellings, and checks at load time. */
class FlywayConfigTest {
  private static final Path BASE = Path.of("/project");

  private static RetortConfig config(Map<String, String> values) {
    return RetortConfig.of(BASE, values, Map.of(), "retort.properties");
  }

  @Test
  void defaultsAreRetortRevisionsAndFlywaysOwnLocationAndTable() {
    RetortConfig config = config(Map.of());
    assertEquals(MigrationFormat.RETORT, config.migrationFormat());
    assertEquals(List.of(BASE.resolve("src/main/resources/db/migration")), config.flywayLocations());
    assertEquals("flyway_schema_history", config.flywayTable());
  }

  @Test
  void locationsAreFoldersRelativeToTheConfigWrittenAsFlywayWritesThem() {
    RetortConfig config = config(Map.of("revision_format", "Flyway", "flyway_table", "schema_history",
        "flyway_locations", "classpath:db/migration, filesystem:sql/extra, /abs/migrations, more"));
    assertEquals(MigrationFormat.FLYWAY, config.migrationFormat());
    assertEquals(List.of(BASE.resolve("src/main/resources/db/migration"), BASE.resolve("sql/extra"), Path.of("/abs/migrations"),
        BASE.resolve("more")), config.flywayLocations());
    assertEquals("schema_history", config.flywayTable());
  }

  @Test
  void aWrongFormatOrALocationRetortCannotWriteIsRefusedWhenTheConfigIsRead() {
    assertEquals("'revision_format' in retort.properties must be retort or flyway, not 'liquibase'",
        assertThrows(RetortException.class, () -> config(Map.of("revision_format", "liquibase"))).getMessage());
    assertEquals("'flyway_locations' in retort.properties names the location 's3:bucket/migrations', which Retort cannot write to: "
        + "give a folder (PATH, filesystem:PATH or classpath:PATH)",
        assertThrows(RetortException.class, () -> config(Map.of("flyway_locations", "s3:bucket/migrations"))).getMessage());
  }

  @Test
  void eachDatabaseOfSeveralHasItsOwnFormat() {
    RetortConfig file = config(Map.of("databases", "main, legacy", "main.url", "jdbc:h2:mem:a", "legacy.url", "jdbc:h2:mem:b",
        "legacy.revision_format", "flyway", "legacy.flyway_locations", "legacy/sql"));
    assertEquals(MigrationFormat.RETORT, file.forDatabase("main").migrationFormat());
    assertEquals(MigrationFormat.FLYWAY, file.forDatabase("legacy").migrationFormat());
    assertEquals(List.of(BASE.resolve("legacy/sql")), file.forDatabase("legacy").flywayLocations());
  }
}
