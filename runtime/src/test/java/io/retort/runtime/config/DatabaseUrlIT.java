package io.retort.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.api.Retort;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.RevisionScanner;
import io.retort.runtime.migrate.ConnectionSource;
import io.retort.runtime.migrate.Migrator;
import io.retort.runtime.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code postgres://...} and {@code mysql://...} URLs, as hosting platforms set {@code DATABASE_URL},
 * against the real servers: through {@link RetortConfig} and {@link ConnectionSource} to a migrator,
 * through {@code DATABASE_URL_<NAME>}, through {@link Retort#with(String, String, String)}, and with a
 * percent-encoded password the server checks.
 */
class DatabaseUrlIT {
  private static final String SHOP = "io.retort.runtime.fixtures.shop";
  private static final List<String> SHOP_REVISIONS = List.of("a00000000001", "a00000000002", "a00000000003", "a00000000004");
  private static final ClassLoader LOADER = DatabaseUrlIT.class.getClassLoader();

  /** The test database's URL as a hosting platform writes it: {@code postgres://postgres@127.0.0.1:5432/test?currentSchema=rt_...}. */
  private static String platformUrl(TestDatabase db, String user, String encodedPassword) {
    String jdbcPrefix = db.kind() == TestDatabase.Kind.POSTGRESQL ? "jdbc:postgresql://" : "jdbc:mariadb://";
    String scheme = db.kind() == TestDatabase.Kind.POSTGRESQL ? "postgres://" : "mysql://";
    assertTrue(db.url().startsWith(jdbcPrefix), db.url());
    String credentials = encode(user) + (encodedPassword.isEmpty() ? "" : ":" + encodedPassword);
    return scheme + credentials + "@" + db.url().substring(jdbcPrefix.length());
  }

  private static String platformUrl(TestDatabase db) {
    return platformUrl(db, db.user(), encode(db.password()));
  }

  /** Percent-encodes everything but letters, digits and {@code -._~}. */
  private static String encode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }

  /** The schema (PostgreSQL) or database (MariaDB) a connection works in. */
  private static String currentSchema(ConnectionSource connections, TestDatabase db) throws SQLException {
    String sql = db.kind() == TestDatabase.Kind.POSTGRESQL ? "SELECT current_schema()" : "SELECT database()";
    try (Connection c = connections.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }

  private static ConnectionSource connections(RetortConfig config) {
    return ConnectionSource.of(config.url(), config.user(), config.password());
  }

  private static List<String> ids(List<RevisionInfo> revisions) {
    return revisions.stream().map(RevisionInfo::id).toList();
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void upgradeWithDatabaseUrlFromTheEnvironment(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      // the file's url, user and password are wrong: DATABASE_URL and its credentials win
      RetortConfig config = RetortConfig.of(Path.of("."), Map.of("migrations_package", SHOP, "url", "jdbc:h2:mem:unused",
          "user", "nobody", "password", "wrong"), Map.of("DATABASE_URL", platformUrl(db)), "retort.properties");
      assertEquals(db.url(), config.url(), "the JDBC URL, its parameters kept");
      assertEquals(db.user(), config.user());

      ConnectionSource connections = connections(config);
      assertEquals(db.name(), currentSchema(connections, db));
      Migrator migrator = new Migrator(connections, Dialects.forUrl(config.url()), RevisionScanner.scan(LOADER, SHOP), LOADER,
          config.settings());
      assertEquals(SHOP_REVISIONS, ids(migrator.upgrade("head")));
      assertEquals(List.of("a00000000004"), migrator.current());
    }
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void eachDatabaseOfSeveralConnectsThroughItsOwnVariable(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Map<String, String> values = Map.of("databases", "main", "main.migrations_package", SHOP, "main.url", "jdbc:h2:mem:unused");
      RetortConfig main = RetortConfig.of(Path.of("."), values, Map.of("DATABASE_URL_MAIN", platformUrl(db)), "retort.properties")
          .forDatabase("main");
      assertEquals(db.url(), main.url());
      ConnectionSource connections = connections(main);
      try (Connection c = connections.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
        assertTrue(rs.next());
        assertEquals(1, rs.getInt(1));
      }
      assertEquals(db.name(), currentSchema(connections, db));
    }
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void theProgrammaticApiTakesAPlatformUrl(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Retort retort = Retort.with(platformUrl(db), null, null).migrationsPackage(SHOP).classLoader(LOADER);
      assertEquals(SHOP_REVISIONS, ids(retort.upgrade("head")));
      assertEquals(List.of("a00000000004"), retort.current());
    }
  }

  /** A password with every character that needs care, which the server checks (PostgreSQL trusts local users, MariaDB does not). */
  @ParameterizedTest
  @EnumSource(value = TestDatabase.Kind.class, names = "MARIADB")
  void aPercentEncodedPasswordLogsIn(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      String user = db.name();
      String password = "p@ss:w/rd%?#é1";
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
        s.execute("GRANT ALL ON " + db.name() + ".* TO '" + user + "'@'%'");
      }
      try {
        RetortConfig config = RetortConfig.of(Path.of("."), Map.of("migrations_package", SHOP),
            Map.of("DATABASE_URL", platformUrl(db, user, encode(password))), "retort.properties");
        assertEquals(password, config.password());
        try (Connection c = connections(config).open(); Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT current_user()")) {
          assertTrue(rs.next());
          assertEquals(user + "@%", rs.getString(1));
        }

        // an '@' and a ':' left raw in the password work too
        String raw = platformUrl(db, user, "p@ss:w%2Frd%25%3F%23%C3%A91");
        RetortConfig rawConfig = RetortConfig.of(Path.of("."), Map.of(), Map.of("DATABASE_URL", raw), "retort.properties");
        assertEquals(password, rawConfig.password());
        try (Connection c = connections(rawConfig).open()) {
          assertTrue(c.isValid(3));
        }

        // a wrong password fails to connect, and the message does not show it
        RetortConfig wrong = RetortConfig.of(Path.of("."), Map.of(),
            Map.of("DATABASE_URL", platformUrl(db, user, "wr%40ng-s3cret")), "retort.properties");
        String message = assertThrows(RetortException.class, () -> connections(wrong).open().close()).getMessage();
        assertTrue(message.startsWith("Could not connect to " + db.url() + ": "), message);
        assertFalse(message.contains("s3cret"), message);
      } finally {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
          s.execute("DROP USER '" + user + "'@'%'");
        }
      }
    }
  }
}
