package io.retort.cli;

import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The database a CLI test migrates: an H2 file database in the test's temporary directory (what a
 * user of the generic template gets), or a fresh PostgreSQL schema / MariaDB database from
 * {@link TestDatabase}. The command line finds it through {@code DATABASE_URL}.
 */
final class ProjectDatabase implements AutoCloseable {
  private final String url;
  private final String user;
  private final String password;
  private final TestDatabase server;

  private ProjectDatabase(String url, String user, String password, TestDatabase server) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.server = server;
  }

  static ProjectDatabase create(TestDatabase.Kind kind, Path temporaryDirectory) {
    return create(kind, temporaryDirectory, "app");
  }

  /** As {@link #create(TestDatabase.Kind, Path)}; an H2 database is the file {@code db/<h2Name>} in the directory. */
  static ProjectDatabase create(TestDatabase.Kind kind, Path temporaryDirectory, String h2Name) {
    if (kind == TestDatabase.Kind.H2) {
      return new ProjectDatabase("jdbc:h2:file:" + temporaryDirectory.resolve("db/" + h2Name).toAbsolutePath(), "sa", "", null);
    }
    TestDatabase database = TestDatabase.create(kind);
    return new ProjectDatabase(database.url(), database.user(), database.password(), database);
  }

  /**
   * As {@link #create(TestDatabase.Kind, Path)}, but an H2 file database is opened in H2's mixed mode
   * ({@code AUTO_SERVER=TRUE}), so a test can read it while a command-line process has it open.
   */
  static ProjectDatabase createShared(TestDatabase.Kind kind, Path temporaryDirectory) {
    if (kind == TestDatabase.Kind.H2) {
      return new ProjectDatabase("jdbc:h2:file:" + temporaryDirectory.resolve("db/app").toAbsolutePath() + ";AUTO_SERVER=TRUE",
          "sa", "", null);
    }
    return create(kind, temporaryDirectory);
  }

  /** The name of the PostgreSQL schema or MariaDB database (null for H2). */
  String serverName() {
    return server == null ? null : server.name();
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  Map<String, String> environment() {
    return Map.of("DATABASE_URL", url, "DATABASE_USER", user, "DATABASE_PASSWORD", password);
  }

  /** The environment that points database {@code name} of a multi-database config here ({@code DATABASE_URL_<NAME>}, ...). */
  Map<String, String> environment(String name) {
    String suffix = "_" + name.toUpperCase(Locale.ROOT);
    return Map.of("DATABASE_URL" + suffix, url, "DATABASE_USER" + suffix, user, "DATABASE_PASSWORD" + suffix, password);
  }

  /** The rows of the version table {@code retort_version}, the revision ids the database is at. */
  Set<String> versions() throws SQLException {
    Set<String> versions = new TreeSet<>();
    try (Connection c = connect(); Statement statement = c.createStatement();
        ResultSet rs = statement.executeQuery("SELECT version_num FROM retort_version")) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    return versions;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** The tables of the schema, lower-cased. */
  Set<String> tables() throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (Connection c = connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  /** The column names of a table, lower-cased. */
  Set<String> columns(String table) throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (Connection c = connect()) {
      for (String name : Set.of(table, table.toUpperCase(Locale.ROOT))) {
        try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), name, "%")) {
          while (rs.next()) {
            columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return columns;
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
