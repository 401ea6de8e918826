package io.retort.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code databases = main, analytics}: per-database keys over shared ones, {@code DATABASE_URL_<NAME>},
 * the checks at load time, and a single-database config that stays as it was.
 */
class MultiDatabaseConfigTest {
  private static final Path BASE = Path.of("/project");

  private static Map<String, String> twoDatabases() {
    Map<String, String> values = new HashMap<>();
    values.put("databases", "main, analytics");
    values.put("version_table", "shared_version");
    values.put("entity_packages", "com.example.shared");
    values.put("hibernate.globally_quoted_identifiers", "false");
    values.put("main.url", "jdbc:h2:file:./target/db/main");
    values.put("main.script_location", "src/main/java/db/main");
    values.put("main.migrations_package", "db.main");
    values.put("main.entity_packages", "com.example.model");
    values.put("analytics.url", "jdbc:h2:file:./target/db/analytics");
    values.put("analytics.script_location", "src/main/java/db/analytics");
    values.put("analytics.migrations_package", "db.analytics");
    values.put("analytics.version_table", "analytics_version");
    values.put("analytics.hibernate.globally_quoted_identifiers", "true");
    values.put("analytics.compare_type", "false");
    return values;
  }

  private static RetortConfig config(Map<String, String> values, Map<String, String> environment) {
    return RetortConfig.of(BASE, values, environment, "retort.properties");
  }

  private static String failure(Map<String, String> values) {
    return assertThrows(RetortException.class, () -> config(values, Map.of())).getMessage();
  }

  @Test
  void eachDatabaseSeesItsOwnKeysOverTheSharedOnes() {
    RetortConfig file = config(twoDatabases(), Map.of());
    assertTrue(file.isMultiDatabase());
    assertEquals(List.of("main", "analytics"), file.databaseNames());

    RetortConfig main = file.forDatabase("main");
    assertEquals("main", main.database());
    assertFalse(main.isMultiDatabase());
    assertEquals("jdbc:h2:file:./target/db/main", main.url());
    assertEquals("db.main", main.migrationsPackage());
    assertEquals(BASE.resolve("src/main/java/db/main"), main.scriptLocation());
    assertEquals(List.of("com.example.model"), main.entityPackages());
    assertEquals("shared_version", main.versionTable());
    assertEquals(Map.of("hibernate.globally_quoted_identifiers", "false"), main.hibernateSettings());
    assertTrue(main.compareType());

    RetortConfig analytics = file.forDatabase("analytics");
    assertEquals("db.analytics", analytics.migrationsPackage());
    assertEquals(List.of("com.example.shared"), analytics.entityPackages());
    assertEquals("analytics_version", analytics.versionTable());
    assertEquals("analytics_version", analytics.settings().versionTable());
    assertEquals(Map.of("hibernate.globally_quoted_identifiers", "true"), analytics.hibernateSettings());
    assertFalse(analytics.compareType());
  }

  @Test
  void databaseUrlOfADatabaseComesFromItsOwnVariable() {
    Map<String, String> environment = Map.of(
        "DATABASE_URL", "jdbc:postgresql://ignored/everything",
        "DATABASE_USER", "ignored",
        "DATABASE_URL_MAIN", "jdbc:postgresql://db/main",
        "DATABASE_USER_MAIN", "app",
        "DATABASE_PASSWORD_MAIN", "secret");
    RetortConfig file = config(twoDatabases(), environment);

    RetortConfig main = file.forDatabase("main");
    assertEquals("jdbc:postgresql://db/main", main.url());
    assertEquals("app", main.user());
    assertEquals("secret", main.password());

    RetortConfig analytics = file.forDatabase("analytics");
    assertEquals("jdbc:h2:file:./target/db/analytics", analytics.url());
    assertNull(analytics.user());
  }

  @Test
  void theFilesOwnConfigDoesNotNameADatabase() {
    RetortConfig file = config(twoDatabases(), Map.of());
    String expected = "retort.properties declares databases main, analytics: choose one with --db NAME "
        + "(RetortConfig.forDatabase(name) in code)";
    assertEquals(expected, assertThrows(RetortException.class, file::url).getMessage());
    assertEquals(expected, assertThrows(RetortException.class, file::migrationsPackage).getMessage());
    assertEquals(expected, assertThrows(RetortException.class, file::scriptLocation).getMessage());
  }

  @Test
  void unknownDatabaseNamesTheDeclaredOnes() {
    RetortConfig file = config(twoDatabases(), Map.of());
    assertEquals("Unknown database 'billing'; retort.properties declares main, analytics (databases=)",
        assertThrows(RetortException.class, () -> file.forDatabase("billing")).getMessage());
  }

  @Test
  void aSingleDatabaseConfigHasNoDatabasesToPick() {
    RetortConfig single = config(Map.of("url", "jdbc:h2:mem:x", "migrations_package", "db.migrations",
        "script_location", "src/main/java/db/migrations"), Map.of("DATABASE_URL_MAIN", "jdbc:h2:mem:ignored"));
    assertFalse(single.isMultiDatabase());
    assertEquals(List.of(), single.databaseNames());
    assertNull(single.database());
    assertEquals("jdbc:h2:mem:x", single.url());
    assertEquals("Database 'main' was asked for, but retort.properties declares no databases; drop --db, or declare several "
        + "with databases = NAME, ... (see 'retort init --template multidb')",
        assertThrows(RetortException.class, () -> single.forDatabase("main")).getMessage());
  }

  @Test
  void keysOfUndeclaredDatabasesAreRefused() {
    Map<String, String> values = twoDatabases();
    values.put("billing.url", "jdbc:h2:mem:billing");
    assertEquals("Unknown key 'billing.url' in retort.properties: 'billing' is not a database listed in 'databases' "
        + "(main, analytics)", failure(values));

    assertEquals("Unknown key 'main.url' in retort.properties: 'main' is not a database listed in 'databases' (there is no "
        + "such key; declare the databases with databases = main, ... to configure several)",
        failure(Map.of("main.url", "jdbc:h2:mem:x")));
  }

  @Test
  void unknownPerDatabaseKeysAreRefusedWithASuggestion() {
    Map<String, String> values = twoDatabases();
    values.put("main.migrations_pakage", "db.x");
    String failure = failure(values);
    assertTrue(failure.startsWith("Unknown key 'main.migrations_pakage' in retort.properties; did you mean "
        + "'main.migrations_package'?"), failure);
    assertTrue(failure.endsWith("; each but databases also as NAME.KEY for NAME in main, analytics)"), failure);

    Map<String, String> nested = twoDatabases();
    nested.put("main.databases", "a, b");
    assertTrue(failure(nested).startsWith("Unknown key 'main.databases' in retort.properties"));
  }

  @Test
  void databaseNamesAreChecked() {
    Map<String, String> values = twoDatabases();
    values.put("databases", "main, 2nd");
    assertEquals("Invalid database name '2nd' in 'databases' in retort.properties: use letters, digits and '_', starting "
        + "with a letter (not hibernate or naming_convention)", failure(values));

    values.put("databases", "main, hibernate");
    assertTrue(failure(values).startsWith("Invalid database name 'hibernate'"));

    values.put("databases", "main, Main");
    assertEquals("'databases' in retort.properties names 'Main' twice (names are compared ignoring case, as in "
        + "DATABASE_URL_MAIN)", failure(values));

    values.put("databases", " , ");
    assertEquals("'databases' in retort.properties is empty: list the database names (databases = main, analytics), or "
        + "remove the key for a single database", failure(values));
  }

  @Test
  void databasesMayNotShareTheirRevisions() {
    Map<String, String> shared = twoDatabases();
    shared.remove("main.migrations_package");
    shared.remove("analytics.migrations_package");
    shared.put("migrations_package", "db.migrations");
    assertEquals("Databases 'main' and 'analytics' share migrations_package 'db.migrations' in retort.properties, so they "
        + "would share their revisions: give each its own, e.g. main.migrations_package and analytics.migrations_package side "
        + "by side", failure(shared));

    Map<String, String> nestedPackages = twoDatabases();
    nestedPackages.put("analytics.migrations_package", "db.main.analytics");
    assertTrue(failure(nestedPackages).startsWith("Databases 'main' and 'analytics' share migrations_package 'db.main' and "
        + "'db.main.analytics' (one inside the other)"));

    Map<String, String> nestedFolders = twoDatabases();
    nestedFolders.put("analytics.script_location", "src/main/java/db/main/../main/analytics");
    assertTrue(failure(nestedFolders).startsWith("Databases 'main' and 'analytics' share script_location"));
  }

  @Test
  void perDatabaseValuesAreCheckedAtLoadAndNamedWithTheirPrefix() {
    Map<String, String> values = twoDatabases();
    values.put("analytics.compare_type", "sometimes");
    assertEquals("'analytics.compare_type' in retort.properties must be true or false, not 'sometimes'", failure(values));

    values = twoDatabases();
    values.put("main.lock_timeout_seconds", "soon");
    assertEquals("'main.lock_timeout_seconds' in retort.properties must be a whole number, not 'soon'", failure(values));

    values = twoDatabases();
    values.put("main.file_template", "{id}");
    assertEquals("'main.file_template' in retort.properties is not a valid revision name pattern: it must start with a letter "
        + "or '_' (the id, slug and date may start with a digit), e.g. R{id}_{slug} (it is '{id}')", failure(values));
  }

  @Test
  void missingUrlNamesTheVariableAndTheKeyOfTheDatabase() {
    Map<String, String> values = twoDatabases();
    values.remove("main.url");
    RetortConfig main = config(values, Map.of()).forDatabase("main");
    assertEquals("No database URL for database 'main': set DATABASE_URL_MAIN (a JDBC URL, or "
        + "postgres://USER:PASSWORD@HOST:PORT/DATABASE, mysql://... as hosting platforms give it) or main.url= in retort.properties",
        assertThrows(RetortException.class, main::url).getMessage());

    values.remove("main.migrations_package");
    assertEquals("Neither 'main.migrations_package' nor 'migrations_package' is set in retort.properties",
        assertThrows(RetortException.class, config(values, Map.of()).forDatabase("main")::migrationsPackage).getMessage());
  }

  @Test
  void fileTemplateAndRevisionHeaderOfASingleDatabase() {
    RetortConfig config = config(Map.of("file_template", "V{year}_{id}_{slug}", "revision_header", "templates/header.txt"),
        Map.of());
    assertEquals("V{year}_{id}_{slug}", config.fileTemplate().pattern());
    assertEquals(BASE.resolve("templates/header.txt"), config.revisionHeader());

    RetortConfig defaults = config(Map.of(), Map.of());
    assertEquals(FileTemplate.DEFAULT, defaults.fileTemplate());
    assertNull(defaults.revisionHeader());

    assertEquals("'file_template' in retort.properties is not a valid revision name pattern: it must contain {id}, so every "
        + "revision gets its own file (it is 'R_{slug}')", failure(Map.of("file_template", "R_{slug}")));
  }
}
