package io.retort.autogen.introspect;

import static schemacrawler.schemacrawler.InformationSchemaKey.FOREIGN_KEYS;
import static schemacrawler.schemacrawler.InformationSchemaKey.INDEXES;
import static schemacrawler.schemacrawler.InformationSchemaKey.PRIMARY_KEYS;

import java.util.Map;
import schemacrawler.schemacrawler.InformationSchemaKey;

/** MariaDB's bulk queries, on {@code information_schema}; the primary key is always named PRIMARY. */
final class MariaDbDictionary implements DictionaryQueries {

  private static final String PRIMARY_KEYS_SQL = """
      SELECT table_schema AS TABLE_CAT, NULL AS TABLE_SCHEM, table_name AS TABLE_NAME,
             column_name AS COLUMN_NAME, ordinal_position AS KEY_SEQ, constraint_name AS PK_NAME
      FROM information_schema.key_column_usage
      WHERE table_schema = %s AND constraint_name = 'PRIMARY'""";

  private static final String FOREIGN_KEYS_SQL = """
      SELECT k.referenced_table_schema AS PKTABLE_CAT, NULL AS PKTABLE_SCHEM,
             k.referenced_table_name AS PKTABLE_NAME, k.referenced_column_name AS PKCOLUMN_NAME,
             k.table_schema AS FKTABLE_CAT, NULL AS FKTABLE_SCHEM, k.table_name AS FKTABLE_NAME,
             k.column_name AS FKCOLUMN_NAME, k.ordinal_position AS KEY_SEQ,
             CASE r.update_rule %2$s AS UPDATE_RULE,
             CASE r.delete_rule %2$s AS DELETE_RULE,
             k.constraint_name AS FK_NAME, r.unique_constraint_name AS PK_NAME, 7 AS DEFERRABILITY
      FROM information_schema.key_column_usage k
      JOIN information_schema.referential_constraints r
        ON r.constraint_schema = k.constraint_schema AND r.table_name = k.table_name
       AND r.constraint_name = k.constraint_name
      WHERE k.table_schema = %1$s AND k.referenced_table_name IS NOT NULL""";

  private static final String INDEXES_SQL = """
      SELECT table_schema AS TABLE_CAT, NULL AS TABLE_SCHEM, table_name AS TABLE_NAME,
             non_unique AS NON_UNIQUE, index_name AS INDEX_NAME, 3 AS TYPE, seq_in_index AS ORDINAL_POSITION,
             column_name AS COLUMN_NAME, collation AS ASC_OR_DESC, 0 AS CARDINALITY, 0 AS PAGES
      FROM information_schema.statistics
      WHERE table_schema = %s""";

  @Override
  public Map<InformationSchemaKey, String> queries(ConnectionScope scope) {
    String database = DictionaryQueries.literal(scope.catalog(), true);
    return Map.of(
        PRIMARY_KEYS, PRIMARY_KEYS_SQL.formatted(database),
        FOREIGN_KEYS, FOREIGN_KEYS_SQL.formatted(database, DictionaryQueries.RULE_CODES),
        INDEXES, INDEXES_SQL.formatted(database));
  }
}
