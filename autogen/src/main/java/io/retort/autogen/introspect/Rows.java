package io.retort.autogen.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a catalog query with string parameters and maps or visits its rows. */
final class Rows {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Takes in the current row of a result set. */
  @FunctionalInterface
  interface RowVisitor {
    void visit(ResultSet row) throws SQLException;
  }

  private Rows() {
  }

  static <T> List<T> query(Connection connection, String sql, List<String> parameters, RowMapper<T> mapper)
      throws SQLException {
    List<T> rows = new ArrayList<>();
    each(connection, sql, parameters, row -> rows.add(mapper.map(row)));
    return rows;
  }

  static void each(Connection connection, String sql, List<String> parameters, RowVisitor visitor)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setString(i + 1, parameters.get(i));
      }
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          visitor.visit(result);
        }
      }
    }
  }
}
