package io.retort.runtime.migrate;

import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.SqlStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The version table (default {@code retort_version}): one row per applied head, as Alembic's
 * {@code alembic_version}. Beside it, {@code <version table>_checksums} keeps the checksum of every
 * applied revision, so an edited applied revision is caught before anything runs.
 */
public final class VersionTable {
  private final Dialect dialect;
  private final String name;

  public VersionTable(Dialect dialect, String name) {
    this.dialect = dialect;
    this.name = name;
  }

  public String name() {
    return name;
  }

  public String checksumTable() {
    return checksumTableOf(name);
  }

  /** The checksum table that goes with a version table. */
  public static String checksumTableOf(String versionTable) {
    return versionTable + "_checksums";
  }

  /**
   * The progress table that goes with a version table: the record of a revision that stopped
   * part-way outside a transaction (see {@link Migrator}); autogenerate leaves it out, as this table.
   */
  public static String progressTableOf(String versionTable) {
    return versionTable + "_progress";
  }

  /** Statements that create both tables if they do not exist. */
  public List<SqlStatement> createStatements() {
    return List.of(dialect.createVersionTable(name),
        SqlStatement.of("CREATE TABLE IF NOT EXISTS " + dialect.quote(checksumTable())
            + " (revision_id VARCHAR(32) NOT NULL, checksum VARCHAR(64) NOT NULL, PRIMARY KEY (revision_id))"));
  }

  /** Statements that turn the rows {@code before} into {@code after}, touching only what differs. */
  public List<SqlStatement> updateStatements(List<String> before, List<String> after) {
    List<String> removed = new ArrayList<>(before);
    removed.removeAll(after);
    List<String> added = new ArrayList<>(after);
    added.removeAll(before);
    List<SqlStatement> statements = new ArrayList<>();
    String table = dialect.quote(name);
    // an UPDATE where one row simply moves on reads best in scripts, as Alembic writes it
    while (!removed.isEmpty() && !added.isEmpty()) {
      statements.add(new SqlStatement("UPDATE " + table + " SET version_num = ? WHERE version_num = ?",
          List.of(added.remove(0), removed.remove(0))));
    }
    for (String id : removed) {
      statements.add(new SqlStatement("DELETE FROM " + table + " WHERE version_num = ?", List.of(id)));
    }
    for (String id : added) {
      statements.add(new SqlStatement("INSERT INTO " + table + " (version_num) VALUES (?)", List.of(id)));
    }
    return statements;
  }

  public SqlStatement recordChecksum(String revision, String checksum) {
    return new SqlStatement("INSERT INTO " + dialect.quote(checksumTable()) + " (revision_id, checksum) VALUES (?, ?)",
        List.of(revision, checksum));
  }

  public SqlStatement forgetChecksum(String revision) {
    return new SqlStatement("DELETE FROM " + dialect.quote(checksumTable()) + " WHERE revision_id = ?", List.of(revision));
  }

  public SqlStatement forgetAllChecksums() {
    return SqlStatement.of("DELETE FROM " + dialect.quote(checksumTable()));
  }

  /** Whether the version table exists on this connection's schema. */
  public boolean exists(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    Set<String> candidates = new HashSet<>(List.of(name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)));
    for (String candidate : candidates) {
      try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), candidate, null)) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The applied heads, sorted; empty when the table does not exist yet. */
  public List<String> read(Connection connection) throws SQLException {
    if (!exists(connection)) {
      return List.of();
    }
    List<String> heads = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT version_num FROM " + dialect.quote(name))) {
      while (rs.next()) {
        heads.add(rs.getString(1));
      }
    }
    Collections.sort(heads);
    return heads;
  }

  /** Recorded checksums by revision id; empty when the table does not exist yet. */
  public Map<String, String> readChecksums(Connection connection) throws SQLException {
    Map<String, String> checksums = new TreeMap<>();
    if (!exists(connection)) {
      return checksums;
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT revision_id, checksum FROM " + dialect.quote(checksumTable()))) {
      while (rs.next()) {
        checksums.put(rs.getString(1), rs.getString(2));
      }
    }
    return checksums;
  }

  /** Runs statements on a connection, binding their parameters. */
  public static void execute(Connection connection, List<SqlStatement> statements) throws SQLException {
    for (SqlStatement statement : statements) {
      execute(connection, statement);
    }
  }

  public static void execute(Connection connection, SqlStatement statement) throws SQLException {
    execute(connection, statement, null);
  }

  /** Runs a statement registered with {@code cancellation} (when not null), so an interrupt cancels it. */
  static void execute(Connection connection, SqlStatement statement, Cancellation cancellation) throws SQLException {
    if (statement.parameters().isEmpty()) {
      try (Statement s = connection.createStatement()) {
        run(s, cancellation, () -> s.execute(statement.sql()));
      }
      return;
    }
    try (PreparedStatement s = connection.prepareStatement(statement.sql())) {
      for (int i = 0; i < statement.parameters().size(); i++) {
        s.setObject(i + 1, statement.parameters().get(i));
      }
      run(s, cancellation, s::execute);
    }
  }

  private interface Execution {
    boolean execute() throws SQLException;
  }

  private static void run(Statement statement, Cancellation cancellation, Execution execution) throws SQLException {
    if (cancellation == null) {
      execution.execute();
      return;
    }
    cancellation.starting(statement);
    try {
      execution.execute();
    } finally {
      cancellation.finished();
    }
  }
}
