package io.retort.autogen.introspect;

import io.retort.autogen.introspect.CatalogExtras.IndexOrigin;
import io.retort.autogen.introspect.CatalogExtras.IndexRef;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Sequence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's extras, from {@code pg_catalog}: check constraints ({@code contype = 'c'} holds no
 * NOT NULL constraints), sequences not owned by a serial or identity column, and the constraint
 * behind each primary-key and unique index. Native enum types are left to the type parser, which
 * keeps them as raw types: Retort itself never creates them.
 */
final class PostgresExtras implements ExtrasReader {

  private static final String NAMESPACE = "(SELECT oid FROM pg_namespace WHERE nspname = ?)";

  private static final String CHECKS = """
      SELECT t.relname, k.conname, pg_get_constraintdef(k.oid) AS definition
      FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
      WHERE k.contype = 'c' AND t.relnamespace = %s
      ORDER BY t.relname, k.conname""".formatted(NAMESPACE);

  private static final String SEQUENCES = """
      SELECT s.relname, q.seqstart, q.seqincrement
      FROM pg_class s JOIN pg_sequence q ON q.seqrelid = s.oid
      WHERE s.relkind = 'S' AND s.relnamespace = %s
        AND NOT EXISTS (SELECT 1 FROM pg_depend d
                        WHERE d.classid = 'pg_class'::regclass AND d.objid = s.oid
                          AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i'))
      ORDER BY s.relname""".formatted(NAMESPACE);

  private static final String INDEX_ORIGINS = """
      SELECT t.relname AS table_name, i.relname AS index_name, k.contype, k.conname
      FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class i ON i.oid = k.conindid
      WHERE k.contype IN ('p', 'u') AND t.relnamespace = %s""".formatted(NAMESPACE);

  @Override
  public CatalogExtras read(Connection connection, ConnectionScope scope) throws SQLException {
    List<String> schema = List.of(scope.schema());
    Map<String, List<CheckConstraint>> checks = new HashMap<>();
    Rows.each(connection, CHECKS, schema, row -> checks
        .computeIfAbsent(row.getString(1), table -> new ArrayList<>())
        .add(new CheckConstraint(row.getString(2), condition(row.getString(3)))));
    List<Sequence> sequences = Rows.query(connection, SEQUENCES, schema,
        row -> new Sequence(row.getString(1), row.getLong(2), row.getLong(3)));
    Map<IndexRef, IndexOrigin> origins = new HashMap<>();
    Rows.each(connection, INDEX_ORIGINS, schema, row -> origins.put(
        new IndexRef(row.getString(1), row.getString(2)),
        new IndexOrigin("p".equals(row.getString(3)) ? IndexOrigin.Kind.PRIMARY_KEY : IndexOrigin.Kind.UNIQUE,
            row.getString(4))));
    return new CatalogExtras(checks, sequences, Map.of(), origins);
  }

  /** {@code CHECK ((price >= 0)) NOT VALID} is condition {@code ((price >= 0))}. */
  static String condition(String definition) {
    String condition = definition.trim();
    if (condition.regionMatches(true, 0, "CHECK ", 0, 6)) {
      condition = condition.substring(6).trim();
    }
    for (String suffix : List.of(" NOT VALID", " NO INHERIT")) {
      if (condition.endsWith(suffix)) {
        condition = condition.substring(0, condition.length() - suffix.length()).trim();
      }
    }
    return condition;
  }
}
