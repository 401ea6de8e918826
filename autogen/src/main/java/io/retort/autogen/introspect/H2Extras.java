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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * H2's extras, from its {@code INFORMATION_SCHEMA} (H2 2.x). H2 backs every primary key, unique
 * constraint and foreign key with an index of its own name ({@code PRIMARY_KEY_5},
 * {@code UQ_EMAIL_INDEX_5}, {@code FK_ORDER_CUSTOMER_INDEX_6}) unless a usable index exists; those
 * generated indexes are mapped back to their constraints. Identity columns' sequences are not listed
 * in {@code INFORMATION_SCHEMA.SEQUENCES}.
 */
final class H2Extras implements ExtrasReader {

  private static final String CHECKS = """
      SELECT tc.table_name, tc.constraint_name, cc.check_clause
      FROM information_schema.table_constraints tc
      JOIN information_schema.check_constraints cc
        ON cc.constraint_catalog = tc.constraint_catalog AND cc.constraint_schema = tc.constraint_schema
       AND cc.constraint_name = tc.constraint_name
      WHERE tc.table_catalog = ? AND tc.table_schema = ? AND tc.constraint_type = 'CHECK'
      ORDER BY tc.table_name, tc.constraint_name""";

  private static final String SEQUENCES = """
      SELECT sequence_name, start_value, increment FROM information_schema.sequences
      WHERE sequence_catalog = ? AND sequence_schema = ? ORDER BY sequence_name""";

  private static final String ENUM_VALUES = """
      SELECT c.table_name, c.column_name, e.value_name
      FROM information_schema.columns c
      JOIN information_schema.enum_values e
        ON e.object_catalog = c.table_catalog AND e.object_schema = c.table_schema
       AND e.object_name = c.table_name AND e.object_type = 'TABLE' AND e.enum_identifier = c.dtd_identifier
      WHERE c.table_catalog = ? AND c.table_schema = ? AND c.data_type = 'ENUM'
      ORDER BY c.table_name, c.column_name, e.value_ordinal""";

  private static final String INDEX_ORIGINS = """
      SELECT tc.table_name, tc.index_name, tc.constraint_type, tc.constraint_name
      FROM information_schema.table_constraints tc
      JOIN information_schema.indexes i
        ON i.index_catalog = tc.table_catalog AND i.index_schema = tc.table_schema
       AND i.table_name = tc.table_name AND i.index_name = tc.index_name
      WHERE tc.table_catalog = ? AND tc.table_schema = ?
        AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') AND i.is_generated""";

  @Override
  public CatalogExtras read(Connection connection, ConnectionScope scope) throws SQLException {
    List<String> schema = List.of(scope.catalog(), scope.schema());
    Map<String, List<CheckConstraint>> checks = new HashMap<>();
    Rows.each(connection, CHECKS, schema, row -> checks
        .computeIfAbsent(row.getString(1), table -> new ArrayList<>())
        .add(new CheckConstraint(row.getString(2), row.getString(3))));
    List<Sequence> sequences = Rows.query(connection, SEQUENCES, schema,
        row -> new Sequence(row.getString(1), row.getLong(2), row.getLong(3)));
    Map<ColumnRef, List<String>> enumValues = new LinkedHashMap<>();
    Rows.each(connection, ENUM_VALUES, schema, row -> enumValues
        .computeIfAbsent(new ColumnRef(row.getString(1), row.getString(2)), column -> new ArrayList<>())
        .add(row.getString(3)));
    Map<ColumnRef, ColumnType> columnTypes = new HashMap<>();
    enumValues.forEach((column, values) -> columnTypes.put(column, ColumnType.enumeration(values)));
    Map<IndexRef, IndexOrigin> origins = new HashMap<>();
    Rows.each(connection, INDEX_ORIGINS, schema, row -> origins.put(
        new IndexRef(row.getString(1), row.getString(2)), new IndexOrigin(IndexOrigin.Kind.ofConstraintType(row.getString(3)), row.getString(4))));
    return new CatalogExtras(checks, sequences, columnTypes, origins);
  }

}
