package io.retort.autogen.introspect;

import static schemacrawler.schemacrawler.MetadataRetrievalStrategy.data_dictionary_all;
import static schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy.foreignKeysRetrievalStrategy;
import static schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy.indexesRetrievalStrategy;
import static schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy.primaryKeysRetrievalStrategy;

import java.sql.Connection;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.tools.databaseconnector.DatabaseConnectorRegistry;

/**
 * SchemaCrawler's retrieval options for the connection, as its database plugin makes them (the
 * PostgreSQL and MySQL plugins; none for H2), switched to the data-dictionary strategy for primary
 * keys, foreign keys and indexes with the {@link DictionaryQueries} of the database. By default
 * SchemaCrawler asks the driver table by table, four metadata calls per table, which made reading
 * 200 tables take seconds.
 *
 * <p>The plugin's builder is extended before it is built: a built {@link SchemaRetrievalOptions}
 * copied back into a builder loses its table types, type map and enum helper.
 */
final class BulkRetrieval {

  private BulkRetrieval() {
  }

  static SchemaRetrievalOptions options(Connection connection, ConnectionScope scope) {
    SchemaRetrievalOptionsBuilder builder = DatabaseConnectorRegistry.getDatabaseConnectorRegistry()
        .findDatabaseConnector(connection)
        .getSchemaRetrievalOptionsBuilder(connection);
    InformationSchemaViewsBuilder views = InformationSchemaViewsBuilder.builder(builder.getInformationSchemaViews());
    DictionaryQueries.forDatabase(scope.database()).queries(scope).forEach(views::withSql);
    return builder
        .withInformationSchemaViews(views.toOptions())
        .with(primaryKeysRetrievalStrategy, data_dictionary_all)
        .with(foreignKeysRetrievalStrategy, data_dictionary_all)
        .with(indexesRetrievalStrategy, data_dictionary_all)
        .toOptions();
  }
}
