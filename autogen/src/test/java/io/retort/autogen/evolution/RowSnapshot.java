package io.retort.autogen.evolution;

import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import io.retort.runtime.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of every table, keyed by table, primary key and column, each value as comparable text:
 * what must still be there after a step that does not lose it.
 *
 * @param rows table key to row key to column key to value
 */
record RowSnapshot(Map<String, Map<String, Map<String, String>>> rows) {

  static RowSnapshot of(TestDatabase db, SchemaModel schema) throws SQLException {
    Map<String, Map<String, Map<String, String>>> rows = new TreeMap<>();
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      for (Table table : schema.tables().values()) {
        Map<String, Map<String, String>> tableRows = new TreeMap<>();
        List<String> key = table.primaryKey() == null ? null : table.primaryKey().columns().stream().map(Names::key).toList();
        try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table.name())) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            Map<String, String> row = new TreeMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              row.put(Names.key(meta.getColumnLabel(i)), text(rs.getObject(i)));
            }
            String rowKey = key == null ? row.toString() : key.stream().map(row::get).toList().toString();
            tableRows.put(rowKey, row);
          }
        }
        rows.put(Names.key(table.name()), tableRows);
      }
    }
    return new RowSnapshot(rows);
  }

  int size() {
    return rows.values().stream().mapToInt(Map::size).sum();
  }

  /**
   * What of this snapshot is missing or changed in {@code now}, leaving out the tables and columns in
   * {@code lost} ({@code "e3"}, {@code "e3.f7"}).
   */
  List<String> missingIn(RowSnapshot now, Set<String> lost) {
    List<String> problems = new ArrayList<>();
    for (var table : rows.entrySet()) {
      if (lost.contains(table.getKey()) || table.getValue().isEmpty()) {
        continue;
      }
      Map<String, Map<String, String>> nowRows = now.rows().get(table.getKey());
      if (nowRows == null) {
        problems.add("table " + table.getKey() + " with " + table.getValue().size() + " rows is gone");
        continue;
      }
      for (var row : table.getValue().entrySet()) {
        Map<String, String> nowRow = nowRows.get(row.getKey());
        if (nowRow == null) {
          problems.add("table " + table.getKey() + ": row " + row.getKey() + " is gone");
          continue;
        }
        for (var value : row.getValue().entrySet()) {
          if (lost.contains(table.getKey() + "." + value.getKey())) {
            continue;
          }
          if (!nowRow.containsKey(value.getKey())) {
            problems.add("table " + table.getKey() + ": column " + value.getKey() + " is gone (row " + row.getKey() + ")");
          } else if (!java.util.Objects.equals(value.getValue(), nowRow.get(value.getKey()))) {
            problems.add("table " + table.getKey() + ": row " + row.getKey() + " column " + value.getKey() + " was "
                + value.getValue() + ", is " + nowRow.get(value.getKey()));
          }
        }
      }
    }
    return problems;
  }

  private static String text(Object value) throws SQLException {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    if (value instanceof Blob blob) {
      return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
    }
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
