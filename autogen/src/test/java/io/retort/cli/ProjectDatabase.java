package io.retort.cli;

import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    if (kind == TestDatabase.Kind.H2) {
      return new ProjectDatabase("jdbc:h2:file:" + temporaryDirectory.resolve("db/app").toAbsolutePath(), "sa", "", null);
    }
    TestDatabase database = TestDatabase.create(kind);
    return new ProjectDatabase(database.url(), database.user(), database.password(), database);
  }

  Map<String, String> environment() {
    return Map.of("DATABASE_URL", url, "DATABASE_USER", user, "DATABASE_PASSWORD", password);
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
