package io.retort.autogen.introspect;

import static schemacrawler.schemacrawler.InformationSchemaKey.FOREIGN_KEYS;
import static schemacrawler.schemacrawler.InformationSchemaKey.INDEXES;
import static schemacrawler.schemacrawler.InformationSchemaKey.PRIMARY_KEYS;

import java.util.Map;
import schemacrawler.schemacrawler.InformationSchemaKey;

/**
 * PostgreSQL's bulk queries, on {@code pg_catalog}. Partial indexes ({@code WHERE ...}) are left
 * out, as the model cannot say what they cover; an expression in an index comes back as its text,
 * which names no column, so the index is left out later.
 */
final class PostgresDictionary implements DictionaryQueries {

  private static final String PRIMARY_KEYS_SQL = """
      SELECT current_database() AS "TABLE_CAT", n.nspname AS "TABLE_SCHEM", t.relname AS "TABLE_NAME",
             a.attname AS "COLUMN_NAME", k.position AS "KEY_SEQ", c.conname AS "PK_NAME"
      FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE c.contype = 'p' AND n.nspname = %s""";

  private static final String FOREIGN_KEYS_SQL = """
      SELECT current_database() AS "PKTABLE_CAT", pn.nspname AS "PKTABLE_SCHEM", pt.relname AS "PKTABLE_NAME",
             pa.attname AS "PKCOLUMN_NAME",
             current_database() AS "FKTABLE_CAT", fn.nspname AS "FKTABLE_SCHEM", ft.relname AS "FKTABLE_NAME",
             fa.attname AS "FKCOLUMN_NAME", k.position AS "KEY_SEQ",
             CASE c.confupdtype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 4 ELSE 3 END AS "UPDATE_RULE",
             CASE c.confdeltype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 4 ELSE 3 END AS "DELETE_RULE",
             c.conname AS "FK_NAME", NULL AS "PK_NAME",
             CASE WHEN c.condeferred THEN 5 WHEN c.condeferrable THEN 6 ELSE 7 END AS "DEFERRABILITY"
      FROM pg_constraint c
      JOIN pg_class ft ON ft.oid = c.conrelid
      JOIN pg_namespace fn ON fn.oid = ft.relnamespace
      JOIN pg_class pt ON pt.oid = c.confrelid
      JOIN pg_namespace pn ON pn.oid = pt.relnamespace
      CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(fk_attnum, pk_attnum, position)
      JOIN pg_attribute fa ON fa.attrelid = ft.oid AND fa.attnum = k.fk_attnum
      JOIN pg_attribute pa ON pa.attrelid = pt.oid AND pa.attnum = k.pk_attnum
      WHERE c.contype = 'f' AND fn.nspname = %s""";

  private static final String INDEXES_SQL = """
      SELECT current_database() AS "TABLE_CAT", n.nspname AS "TABLE_SCHEM", t.relname AS "TABLE_NAME",
             NOT x.indisunique AS "NON_UNIQUE", i.relname AS "INDEX_NAME", 3 AS "TYPE",
             k.position AS "ORDINAL_POSITION",
             CASE WHEN k.attnum = 0 THEN pg_get_indexdef(x.indexrelid, k.position::int, true) ELSE a.attname END AS "COLUMN_NAME",
             NULL AS "ASC_OR_DESC", 0 AS "CARDINALITY", 0 AS "PAGES"
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
      LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      WHERE n.nspname = %s AND x.indpred IS NULL AND k.position <= x.indnkeyatts""";

  @Override
  public Map<InformationSchemaKey, String> queries(ConnectionScope scope) {
    String schema = DictionaryQueries.literal(scope.schema(), false);
    return Map.of(
        PRIMARY_KEYS, PRIMARY_KEYS_SQL.formatted(schema),
        FOREIGN_KEYS, FOREIGN_KEYS_SQL.formatted(schema),
        INDEXES, INDEXES_SQL.formatted(schema));
  }
}
