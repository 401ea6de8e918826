package io.retort.runtime.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a data migration ({@link Operations#run}) gets: short, injection-safe queries and updates with
 * {@code ?} parameters on the migration's own connection and transaction.
 */
public final class DataAccess {
  private final Connection connection;
  private final RunningStatements running;

  public DataAccess(Connection connection) {
    this(connection, RunningStatements.NONE);
  }

  /** Access whose statements are registered with {@code running} while they run, so an interrupt can cancel them. */
  public DataAccess(Connection connection, RunningStatements running) {
    this.connection = connection;
    this.running = running;
  }

  /**
   * Told of each statement of {@link #query} and {@link #update} while it runs: the migrator's
   * interrupt cancels the registered one ({@link java.sql.Statement#cancel()}).
   */
  public interface RunningStatements {
    RunningStatements NONE = new RunningStatements() {
      @Override
      public void starting(Statement statement) {
      }

      @Override
      public void finished() {
      }
    };

    /** The statement is about to run; throws when the run was interrupted, so it does not. */
    void starting(Statement statement) throws SQLException;

    /** The statement registered last ended. */
    void finished();
  }

  /** The JDBC connection itself, for anything the helpers below do not cover. Do not commit or close it. */
  public Connection connection() {
    return connection;
  }

  /** Runs a query and returns every row; column labels are matched without regard to case. */
  public List<Row> query(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = executeQuery(statement)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<Row> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          values.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
        }
        rows.add(new Row(Collections.unmodifiableMap(values)));
      }
      return rows;
    }
  }

  /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
  public int update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      running.starting(statement);
      try {
        return statement.executeUpdate();
      } finally {
        running.finished();
      }
    }
  }

  private ResultSet executeQuery(PreparedStatement statement) throws SQLException {
    running.starting(statement);
    try {
      return statement.executeQuery();
    } finally {
      running.finished();
    }
  }

  private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  /** One result row. */
  public record Row(Map<String, Object> values) {
    public Object get(String column) {
      String key = column.toLowerCase(Locale.ROOT);
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException("no column '" + column + "' in this row; it has " + values.keySet());
      }
      return values.get(key);
    }

    public String getString(String column) {
      Object value = get(column);
      return value == null ? null : value.toString();
    }

    public long getLong(String column) {
      return ((Number) get(column)).longValue();
    }

    public int getInt(String column) {
      return ((Number) get(column)).intValue();
    }
  }
}
