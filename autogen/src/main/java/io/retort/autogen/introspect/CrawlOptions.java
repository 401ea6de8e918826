package io.retort.autogen.introspect;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import schemacrawler.inclusionrule.ExcludeAll;
import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.LimitOptions;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevel;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;

/**
 * The SchemaCrawler options for one read: the connection's schema only, base tables only, filtered
 * by name before anything else is fetched, and an info level that retrieves exactly what the
 * {@link io.retort.runtime.schema.SchemaModel} takes from SchemaCrawler: columns with their types,
 * primary keys, foreign keys and indexes. Check constraints, sequences and enumeration values come
 * from {@link CatalogExtras}, not from SchemaCrawler (see there why).
 */
final class CrawlOptions {

  /** Table types as the three databases name them; views are not part of the model. */
  private static final List<String> BASE_TABLE_TYPES = List.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

  private CrawlOptions() {
  }

  static SchemaCrawlerOptions forScope(ConnectionScope scope, TableFilter filter, String versionTable) {
    return SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
        .withLimitOptions(limits(scope, filter, versionTable))
        .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(infoLevel()).toOptions());
  }

  static SchemaInfoLevel infoLevel() {
    return SchemaInfoLevelBuilder.builder()
        .withInfoLevel(InfoLevel.minimum)
        .withTag("retort")
        .withoutRoutines()
        .setRetrieveTableColumns(true)
        .setRetrieveColumnDataTypes(false)
        .setRetrievePrimaryKeys(true)
        .setRetrieveForeignKeys(true)
        .setRetrieveIndexes(true)
        .toOptions();
  }

  private static LimitOptions limits(ConnectionScope scope, TableFilter filter, String versionTable) {
    return LimitOptionsBuilder.builder()
        .includeSchemas(new RegularExpressionInclusionRule(schemaPattern(scope)))
        .includeTables(new TableNameRule(filter, versionTable))
        .tableTypes(BASE_TABLE_TYPES)
        .includeRoutines(new ExcludeAll())
        .includeSequences(new ExcludeAll())
        .includeSynonyms(new ExcludeAll())
        .toOptions();
  }

  /**
   * Matches SchemaCrawler's full name of the connection's schema and nothing else. Each part is
   * taken literally and may be quoted, since SchemaCrawler quotes names that need it.
   */
  static Pattern schemaPattern(ConnectionScope scope) {
    return Pattern.compile(scope.schemaNameParts().stream()
        .map(part -> "[\"`]?" + Pattern.quote(part) + "[\"`]?")
        .collect(Collectors.joining("\\.")));
  }
}
