package io.retort.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RetortConfig#url()}, {@link RetortConfig#user()} and {@link RetortConfig#password()} with URLs
 * as hosting platforms write them: in {@code DATABASE_URL}, in {@code url=}, and in
 * {@code DATABASE_URL_<NAME>} of a multi-database config; which credentials win; what a bad URL says.
 */
class DatabaseUrlConfigTest {
  private static final Path BASE = Path.of("/project");
  private static final String PLATFORM_URL = "postgres://app:p%40ss:word@db.example.com:5432/shop?sslmode=require";
  private static final String JDBC_URL = "jdbc:postgresql://db.example.com:5432/shop?sslmode=require";

  private static RetortConfig config(Map<String, String> values, Map<String, String> environment) {
    return RetortConfig.of(BASE, values, environment, "retort.properties");
  }

  private static Map<String, String> fileWithCredentials() {
    return Map.of("url", "jdbc:h2:mem:x", "user", "sa", "password", "file-password");
  }

  @Test
  void databaseUrlFromTheEnvironmentBringsItsCredentials() {
    RetortConfig config = config(fileWithCredentials(), Map.of("DATABASE_URL", PLATFORM_URL));
    assertEquals(JDBC_URL, config.url());
    assertEquals("app", config.user());
    assertEquals("p@ss:word", config.password());
    assertTrue(config.urlFromEnvironment());
  }

  @Test
  void databaseUserAndPasswordStillWinOverTheUrlsCredentials() {
    RetortConfig config = config(fileWithCredentials(), Map.of("DATABASE_URL", PLATFORM_URL, "DATABASE_USER", "admin",
        "DATABASE_PASSWORD", "admin-password"));
    assertEquals(JDBC_URL, config.url());
    assertEquals("admin", config.user());
    assertEquals("admin-password", config.password());

    RetortConfig userOnly = config(fileWithCredentials(), Map.of("DATABASE_URL", PLATFORM_URL, "DATABASE_USER", "admin"));
    assertEquals("admin", userOnly.user());
    assertEquals("p@ss:word", userOnly.password());
  }

  @Test
  void databaseUrlWithoutCredentialsStillIgnoresTheFilesUserAndPassword() {
    RetortConfig config = config(fileWithCredentials(), Map.of("DATABASE_URL", "postgres://db.example.com/shop"));
    assertEquals("jdbc:postgresql://db.example.com/shop", config.url());
    assertNull(config.user());
    assertNull(config.password());

    RetortConfig jdbc = config(fileWithCredentials(), Map.of("DATABASE_URL", "jdbc:postgresql://h/db?user=u&password=pw"));
    assertEquals("jdbc:postgresql://h/db?user=u&password=pw", jdbc.url());
    assertNull(jdbc.user());
    assertNull(jdbc.password());
  }

  @Test
  void inTheFileUserAndPasswordWinOverTheUrls() {
    Map<String, String> values = new HashMap<>(fileWithCredentials());
    values.put("url", PLATFORM_URL);
    RetortConfig both = config(values, Map.of());
    assertEquals(JDBC_URL, both.url());
    assertFalse(both.urlFromEnvironment());
    assertEquals("sa", both.user());
    assertEquals("file-password", both.password());

    RetortConfig urlOnly = config(Map.of("url", PLATFORM_URL), Map.of());
    assertEquals("app", urlOnly.user());
    assertEquals("p@ss:word", urlOnly.password());

    // empty values, as a template leaves them, do not hide the URL's
    RetortConfig empty = config(Map.of("url", PLATFORM_URL, "user", "", "password", ""), Map.of());
    assertEquals("app", empty.user());
    assertEquals("p@ss:word", empty.password());

    // the password kept out of the URL
    RetortConfig passwordInFile = config(Map.of("url", "postgres://app@db.example.com/shop", "password", "file-password"), Map.of());
    assertEquals("app", passwordInFile.user());
    assertEquals("file-password", passwordInFile.password());
  }

  @Test
  void aJdbcUrlInTheFileKeepsTheRulesItHad() {
    RetortConfig config = config(Map.of("url", "jdbc:h2:mem:x", "user", "sa"), Map.of());
    assertEquals("jdbc:h2:mem:x", config.url());
    assertEquals("sa", config.user());
    assertEquals("", config.password());

    RetortConfig noUser = config(Map.of("url", "jdbc:h2:mem:x"), Map.of());
    assertNull(noUser.user());
    assertNull(noUser.password());
  }

  @Test
  void aBadUrlNamesTheVariableOrKeyAndHidesThePassword() {
    String fromEnvironment = assertThrows(RetortException.class,
        () -> config(fileWithCredentials(), Map.of("DATABASE_URL", "redis://:s3cret@cache:6379")).url()).getMessage();
    assertTrue(fromEnvironment.startsWith("DATABASE_URL is not a database URL Retort can read (unknown scheme 'redis'): "
        + "'redis://:***@cache:6379'; use a JDBC URL"), fromEnvironment);
    assertFalse(fromEnvironment.contains("s3cret"), fromEnvironment);

    RetortConfig file = config(Map.of("url", "postgres://app:s3cret@db.example.com:port/shop"), Map.of());
    String fromFile = assertThrows(RetortException.class, file::url).getMessage();
    assertTrue(fromFile.startsWith("'url' in retort.properties is not a database URL Retort can read (a port that is not a "
        + "number from 1 to 65535): 'postgres://app:***@db.example.com:port/shop'"), fromFile);
    assertFalse(fromFile.contains("s3cret"), fromFile);
    // the credentials come from the same URL, so they fail the same way rather than silently being null
    assertEquals(fromFile, assertThrows(RetortException.class, file::user).getMessage());
    assertEquals(fromFile, assertThrows(RetortException.class, file::password).getMessage());
  }

  @Test
  void theUrlIsReadWhenNeededNotAtLoad() {
    // commands that need no database (history, heads, ...) still run with a DATABASE_URL meant for another tool
    RetortConfig config = config(Map.of("migrations_package", "db.migrations"), Map.of("DATABASE_URL", "redis://cache:6379"));
    assertEquals("db.migrations", config.migrationsPackage());
  }

  @Test
  void missingUrlSaysWhichFormsAreAccepted() {
    assertEquals("No database URL: set DATABASE_URL (a JDBC URL, or postgres://USER:PASSWORD@HOST:PORT/DATABASE, mysql://... "
        + "as hosting platforms give it) or url= in retort.properties",
        assertThrows(RetortException.class, config(Map.of(), Map.of())::url).getMessage());
  }

  private static Map<String, String> twoDatabases() {
    Map<String, String> values = new HashMap<>();
    values.put("databases", "main, analytics");
    values.put("main.url", "jdbc:h2:mem:main");
    values.put("main.script_location", "src/main/java/db/main");
    values.put("main.migrations_package", "db.main");
    values.put("analytics.url", "mysql://reader:r3ad@analytics.example.com/events");
    values.put("analytics.script_location", "src/main/java/db/analytics");
    values.put("analytics.migrations_package", "db.analytics");
    return values;
  }

  @Test
  void eachDatabaseConvertsItsOwnVariableAndKey() {
    RetortConfig file = config(twoDatabases(), Map.of("DATABASE_URL", "postgres://everyone@ignored/db",
        "DATABASE_URL_MAIN", "postgresql://app:s3cret@db.example.com/main", "DATABASE_PASSWORD_MAIN", "override"));
    RetortConfig main = file.forDatabase("main");
    assertEquals("jdbc:postgresql://db.example.com/main", main.url());
    assertEquals("app", main.user());
    assertEquals("override", main.password());

    RetortConfig analytics = file.forDatabase("analytics");
    assertEquals("jdbc:mariadb://analytics.example.com/events", analytics.url());
    assertEquals("reader", analytics.user());
    assertEquals("r3ad", analytics.password());
  }

  @Test
  void aBadUrlOfADatabaseNamesItsVariableOrKey() {
    RetortConfig fromVariable = config(twoDatabases(), Map.of("DATABASE_URL_MAIN", "mongodb://app:s3cret@h/db")).forDatabase("main");
    String message = assertThrows(RetortException.class, fromVariable::url).getMessage();
    assertTrue(message.startsWith("DATABASE_URL_MAIN is not a database URL Retort can read (unknown scheme 'mongodb'): "
        + "'mongodb://app:***@h/db'"), message);

    Map<String, String> values = twoDatabases();
    values.put("analytics.url", "mysql://reader:s3cret@[::1/events");
    String key = assertThrows(RetortException.class, config(values, Map.of()).forDatabase("analytics")::url).getMessage();
    assertTrue(key.startsWith("'analytics.url' in retort.properties is not a database URL Retort can read (an IPv6 host "
        + "without its closing ']'): 'mysql://reader:***@[::1/events'"), key);
    assertFalse(key.contains("s3cret"), key);
  }
}
