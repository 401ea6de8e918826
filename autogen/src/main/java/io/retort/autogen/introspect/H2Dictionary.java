package io.retort.autogen.introspect;

import static schemacrawler.schemacrawler.InformationSchemaKey.FOREIGN_KEYS;
import static schemacrawler.schemacrawler.InformationSchemaKey.INDEXES;
import static schemacrawler.schemacrawler.InformationSchemaKey.PRIMARY_KEYS;

import java.util.Map;
import schemacrawler.schemacrawler.InformationSchemaKey;

/**
 * H2's bulk queries, on its {@code INFORMATION_SCHEMA} (H2 2.x): a foreign key's referenced columns
 * are the columns of the unique constraint it references, matched by position.
 */
final class H2Dictionary implements DictionaryQueries {

  private static final String PRIMARY_KEYS_SQL = """
      SELECT tc.table_catalog AS TABLE_CAT, tc.table_schema AS TABLE_SCHEM, tc.table_name AS TABLE_NAME,
             k.column_name AS COLUMN_NAME, k.ordinal_position AS KEY_SEQ, tc.constraint_name AS PK_NAME
      FROM information_schema.table_constraints tc
      JOIN information_schema.key_column_usage k
        ON k.constraint_catalog = tc.constraint_catalog AND k.constraint_schema = tc.constraint_schema
       AND k.constraint_name = tc.constraint_name
      WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_catalog = %s AND tc.table_schema = %s""";

  private static final String FOREIGN_KEYS_SQL = """
      SELECT pk.table_catalog AS PKTABLE_CAT, pk.table_schema AS PKTABLE_SCHEM, pk.table_name AS PKTABLE_NAME,
             pk.column_name AS PKCOLUMN_NAME,
             fk.table_catalog AS FKTABLE_CAT, fk.table_schema AS FKTABLE_SCHEM, fk.table_name AS FKTABLE_NAME,
             fk.column_name AS FKCOLUMN_NAME, fk.ordinal_position AS KEY_SEQ,
             CASE rc.update_rule %3$s AS UPDATE_RULE,
             CASE rc.delete_rule %3$s AS DELETE_RULE,
             rc.constraint_name AS FK_NAME, rc.unique_constraint_name AS PK_NAME, 7 AS DEFERRABILITY
      FROM information_schema.referential_constraints rc
      JOIN information_schema.key_column_usage fk
        ON fk.constraint_catalog = rc.constraint_catalog AND fk.constraint_schema = rc.constraint_schema
       AND fk.constraint_name = rc.constraint_name
      JOIN information_schema.key_column_usage pk
        ON pk.constraint_catalog = rc.unique_constraint_catalog AND pk.constraint_schema = rc.unique_constraint_schema
       AND pk.constraint_name = rc.unique_constraint_name AND pk.ordinal_position = fk.position_in_unique_constraint
      WHERE rc.constraint_catalog = %1$s AND rc.constraint_schema = %2$s""";

  private static final String INDEXES_SQL = """
      SELECT table_catalog AS TABLE_CAT, table_schema AS TABLE_SCHEM, table_name AS TABLE_NAME,
             NOT is_unique AS NON_UNIQUE, index_name AS INDEX_NAME, 3 AS TYPE, ordinal_position AS ORDINAL_POSITION,
             column_name AS COLUMN_NAME, NULL AS ASC_OR_DESC, 0 AS CARDINALITY, 0 AS PAGES
      FROM information_schema.index_columns
      WHERE table_catalog = %s AND table_schema = %s""";

  @Override
  public Map<InformationSchemaKey, String> queries(ConnectionScope scope) {
    String catalog = DictionaryQueries.literal(scope.catalog(), false);
    String schema = DictionaryQueries.literal(scope.schema(), false);
    return Map.of(
        PRIMARY_KEYS, PRIMARY_KEYS_SQL.formatted(catalog, schema),
        FOREIGN_KEYS, FOREIGN_KEYS_SQL.formatted(catalog, schema, DictionaryQueries.RULE_CODES),
        INDEXES, INDEXES_SQL.formatted(catalog, schema));
  }
}
