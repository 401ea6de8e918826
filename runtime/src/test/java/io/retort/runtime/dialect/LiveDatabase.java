package io.retort.runtime.dialect;

import io.retort.runtime.ops.Operation;
import io.retort.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh test database with its dialect and one open connection: runs operations the way the
 * migrator does (DDL as plain statements, parameters bound through JDBC) and reads back what the
 * database made of them through {@link DatabaseMetaData} and queries.
 */
final class LiveDatabase implements AutoCloseable {
  /** A column as {@link DatabaseMetaData#getColumns} reports it. */
  record ReportedColumn(String name, String typeName, Integer size, Integer decimalDigits, String defaultValue,
      boolean nullable, boolean autoIncrement) {
  }

  /** An index as {@link DatabaseMetaData#getIndexInfo} reports it. */
  record ReportedIndex(String name, boolean unique, List<String> columns) {
  }

  final TestDatabase database;
  final Dialect dialect;
  final Connection connection;

  private LiveDatabase(TestDatabase database) throws SQLException {
    this.database = database;
    this.dialect = Dialects.forUrl(database.url());
    this.connection = database.connect();
  }

  static LiveDatabase create(TestDatabase.Kind kind) throws SQLException {
    return new LiveDatabase(TestDatabase.create(kind));
  }

  TestDatabase.Kind kind() {
    return database.kind();
  }

  void run(Operation... operations) throws SQLException {
    for (Operation operation : operations) {
      for (SqlStatement statement : dialect.statements(operation)) {
        run(statement);
      }
    }
  }

  void run(SqlStatement statement) throws SQLException {
    if (statement.parameters().isEmpty()) {
      execute(statement.sql());
      return;
    }
    try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
      for (int i = 0; i < statement.parameters().size(); i++) {
        prepared.setObject(i + 1, statement.parameters().get(i));
      }
      prepared.execute();
    }
  }

  /** Runs the statements of the operations as an offline script would: parameters written in as literals. */
  void runOffline(Operation... operations) throws SQLException {
    for (Operation operation : operations) {
      for (SqlStatement statement : dialect.statements(operation)) {
        execute(dialect.inline(statement));
      }
    }
  }

  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  long queryLong(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Every row of the query, every column read with {@code getString}, binary columns as hex. */
  List<List<String>> rows(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object value = rs.getObject(i);
          row.add(value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  boolean tableExists(String table) throws SQLException {
    try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
        dialect.storedName(table), null)) {
      return rs.next();
    }
  }

  /** The columns of a table by stored name, in table order. */
  Map<String, ReportedColumn> columns(String table) throws SQLException {
    Map<String, ReportedColumn> columns = new LinkedHashMap<>();
    try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(),
        dialect.storedName(table), null)) {
      while (rs.next()) {
        String name = rs.getString("COLUMN_NAME");
        columns.put(name, new ReportedColumn(name, rs.getString("TYPE_NAME"), number(rs.getObject("COLUMN_SIZE")),
            number(rs.getObject("DECIMAL_DIGITS")), rs.getString("COLUMN_DEF"),
            rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable, "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
      }
    }
    return columns;
  }

  /** A size as an Integer: drivers report Integer, Long or (MariaDB) BigDecimal; larger than int is unbounded. */
  private static Integer number(Object value) {
    if (value == null) {
      return null;
    }
    long size = ((Number) value).longValue();
    return size > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) size;
  }

  ReportedColumn column(String table, String column) throws SQLException {
    ReportedColumn reported = columns(table).get(dialect.storedName(column));
    if (reported == null) {
      throw new AssertionError("no column " + column + " in " + table + ": " + columns(table).keySet());
    }
    return reported;
  }

  /** The type name of a column as MariaDB's {@code information_schema} spells it in full ({@code enum('A','B')}). */
  String mariaDbColumnType(String table, String column) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT column_type FROM information_schema.columns "
        + "WHERE table_schema = DATABASE() AND table_name = ? AND column_name = ?")) {
      query.setString(1, dialect.storedName(table));
      query.setString(2, dialect.storedName(column));
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  /** The indexes of a table by stored name (primary key indexes included). */
  Map<String, ReportedIndex> indexes(String table) throws SQLException {
    Map<String, ReportedIndex> indexes = new LinkedHashMap<>();
    try (ResultSet rs = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(),
        dialect.storedName(table), false, false)) {
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        if (name == null) {
          continue;
        }
        ReportedIndex index = indexes.computeIfAbsent(name, n -> {
          try {
            return new ReportedIndex(n, !rs.getBoolean("NON_UNIQUE"), new ArrayList<>());
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        index.columns().add(rs.getString("COLUMN_NAME"));
      }
    }
    return indexes;
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.close();
    } finally {
      database.close();
    }
  }
}
