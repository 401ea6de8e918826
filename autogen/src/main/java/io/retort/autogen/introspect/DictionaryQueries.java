package io.retort.autogen.introspect;

import java.util.Map;
import schemacrawler.schemacrawler.InformationSchemaKey;

/**
 * The bulk queries SchemaCrawler's {@code data_dictionary_all} strategy runs instead of one
 * {@link java.sql.DatabaseMetaData} call per table: primary keys, foreign keys and indexes of the
 * whole schema in one query each, with the result columns of {@code getPrimaryKeys},
 * {@code getImportedKeys} and {@code getIndexInfo}. Columns are still read through the driver, whose
 * type names and sizes are what {@link io.retort.runtime.dialect.Dialect#fromNative} reads.
 */
interface DictionaryQueries {

  /** JDBC's rule codes, as {@code UPDATE_RULE} and {@code DELETE_RULE} hold them. */
  String RULE_CODES = "WHEN 'CASCADE' THEN 0 WHEN 'RESTRICT' THEN 1 WHEN 'SET NULL' THEN 2"
      + " WHEN 'NO ACTION' THEN 3 WHEN 'SET DEFAULT' THEN 4 ELSE 3 END";

  /** The queries for {@code PRIMARY_KEYS}, {@code FOREIGN_KEYS} and {@code INDEXES}, limited to the scope's schema. */
  Map<InformationSchemaKey, String> queries(ConnectionScope scope);

  static DictionaryQueries forDatabase(ConnectionScope.Database database) {
    return switch (database) {
      case POSTGRESQL -> new PostgresDictionary();
      case MARIADB -> new MariaDbDictionary();
      case H2 -> new H2Dictionary();
    };
  }

  /** A string literal; MariaDB also escapes backslashes in literals. */
  static String literal(String value, boolean backslashEscapes) {
    String escaped = value.replace("'", "''");
    return "'" + (backslashEscapes ? escaped.replace("\\", "\\\\") : escaped) + "'";
  }
}
