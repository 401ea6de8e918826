package io.retort.autogen.introspect;

import io.retort.autogen.introspect.CatalogExtras.ColumnRef;
import io.retort.autogen.introspect.CatalogExtras.IndexOrigin;
import io.retort.autogen.introspect.CatalogExtras.IndexRef;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.Sequence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's extras, from {@code information_schema}. MariaDB's JSON is an alias of LONGTEXT with a
 * {@code CHECK (json_valid(`column`))}: such a column is reported as JSON and its check is left out.
 * ENUM values come from {@code column_type}. A sequence is a table of type SEQUENCE whose one row
 * holds its start and increment. A unique constraint is a unique index of the same name, and an
 * index MariaDB adds for a foreign key takes the foreign key's name.
 */
final class MariaDbExtras implements ExtrasReader {

  private static final String CHECKS = """
      SELECT table_name, constraint_name, check_clause FROM information_schema.check_constraints
      WHERE constraint_schema = ? ORDER BY table_name, constraint_name""";

  private static final String ENUM_COLUMNS = """
      SELECT table_name, column_name, column_type FROM information_schema.columns
      WHERE table_schema = ? AND data_type = 'enum'""";

  private static final String SEQUENCES = """
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = ? AND table_type = 'SEQUENCE' ORDER BY table_name""";

  private static final String INDEX_ORIGINS = """
      SELECT table_name, constraint_name, constraint_type FROM information_schema.table_constraints
      WHERE constraint_schema = ? AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')""";

  private static final Pattern JSON_CHECK = Pattern.compile("json_valid\\(`((?:[^`]|``)+)`\\)", Pattern.CASE_INSENSITIVE);

  @Override
  public CatalogExtras read(Connection connection, ConnectionScope scope) throws SQLException {
    List<String> database = List.of(scope.catalog());
    Map<String, List<CheckConstraint>> checks = new HashMap<>();
    Map<ColumnRef, ColumnType> columnTypes = new HashMap<>();
    Rows.each(connection, CHECKS, database, row -> {
      String table = row.getString(1);
      String clause = row.getString(3).trim();
      Matcher json = JSON_CHECK.matcher(clause);
      if (json.matches()) {
        columnTypes.put(new ColumnRef(table, json.group(1).replace("``", "`")), ColumnType.of(ColumnType.Kind.JSON));
      } else {
        checks.computeIfAbsent(table, t -> new ArrayList<>()).add(new CheckConstraint(row.getString(2), clause));
      }
    });
    Rows.each(connection, ENUM_COLUMNS, database, row -> columnTypes.put(
        new ColumnRef(row.getString(1), row.getString(2)), ColumnType.enumeration(EnumLiterals.values(row.getString(3)))));
    Map<IndexRef, IndexOrigin> origins = new HashMap<>();
    Rows.each(connection, INDEX_ORIGINS, database, row -> origins.put(
        new IndexRef(row.getString(1), row.getString(2)), new IndexOrigin(IndexOrigin.Kind.ofConstraintType(row.getString(3)), row.getString(2))));
    return new CatalogExtras(checks, sequences(connection, scope.catalog()), columnTypes, origins);
  }

  private static List<Sequence> sequences(Connection connection, String database) throws SQLException {
    List<Sequence> sequences = new ArrayList<>();
    for (String name : Rows.query(connection, SEQUENCES, List.of(database), row -> row.getString(1))) {
      String sql = "SELECT start_value, increment FROM " + quote(database) + "." + quote(name);
      sequences.addAll(Rows.query(connection, sql, List.of(), row -> new Sequence(name, row.getLong(1), row.getLong(2))));
    }
    return sequences;
  }


  private static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }
}
