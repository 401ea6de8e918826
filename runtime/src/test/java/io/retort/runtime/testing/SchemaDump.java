package io.retort.runtime.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A plain-text picture of a test database's tables, columns, indexes and foreign keys, read with
 * JDBC metadata, for comparing two schemas (e.g. online upgrade vs the offline script). The
 * progress table of the default version table, which only online runs write, is left out.
 */
public final class SchemaDump {
  private SchemaDump() {
  }

  public static String of(TestDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      DatabaseMetaData meta = c.getMetaData();
      String catalog = db.kind() == TestDatabase.Kind.MARIADB ? db.name() : null;
      String schema = switch (db.kind()) {
        case POSTGRESQL -> db.name();
        case H2 -> "PUBLIC";
        case MARIADB -> null;
      };
      TreeMap<String, List<String>> tables = new TreeMap<>();
      try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          // Retort's record of online runs outside a transaction: an offline script has none
          if (!rs.getString("TABLE_NAME").equalsIgnoreCase("retort_version_progress")) {
            tables.put(rs.getString("TABLE_NAME"), new ArrayList<>());
          }
        }
      }
      StringBuilder out = new StringBuilder();
      for (String table : tables.keySet()) {
        out.append("table ").append(table.toLowerCase(Locale.ROOT)).append('\n');
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
          while (rs.next()) {
            out.append("  column ").append(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)).append(' ')
                .append(rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT)).append('(').append(rs.getInt("COLUMN_SIZE"))
                .append(',').append(rs.getInt("DECIMAL_DIGITS")).append(") nullable=").append(rs.getString("IS_NULLABLE"))
                .append('\n');
          }
        }
        TreeMap<String, String> indexes = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
          while (rs.next()) {
            if (rs.getString("INDEX_NAME") == null) {
              continue;
            }
            // H2 renames its primary-key indexes when it rebuilds a table: the name says nothing
            String name = rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT).replaceAll("^primary_key_\\w+$", "primary_key");
            indexes.merge(name + (rs.getBoolean("NON_UNIQUE") ? "" : " unique"),
                rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), (a, b) -> a + "," + b);
          }
        }
        indexes.forEach((name, columns) -> out.append("  index ").append(name).append(" (").append(columns).append(")\n"));
        TreeMap<String, String> keys = new TreeMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
          while (rs.next()) {
            keys.put(String.valueOf(rs.getString("FK_NAME")).toLowerCase(Locale.ROOT), rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT)
                + " -> " + rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT) + "." + rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)
                + " on delete " + rs.getShort("DELETE_RULE"));
          }
        }
        keys.forEach((name, what) -> out.append("  foreign key ").append(name).append(' ').append(what).append('\n'));
      }
      return out.toString();
    }
  }
}
