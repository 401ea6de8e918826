package io.retort.autogen.introspect;

import io.retort.autogen.QuietLogging;


import io.retort.runtime.RetortException;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.schema.SchemaModel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import schemacrawler.schema.Catalog;
import schemacrawler.tools.options.Config;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Reads the live schema a JDBC connection points at into a {@link SchemaModel}: the "current" side
 * of autogenerate. It reads the connection's own schema (PostgreSQL's {@code current_schema()},
 * MariaDB's current database, H2's current schema), leaves out the version table and the tables
 * the {@link TableFilter} rejects, and names everything as the database stores it (a name that an
 * unquoted identifier could not produce is double-quoted, see {@link IdentifierStyle}).
 *
 * <p>Tables, columns, keys and indexes come from SchemaCrawler, filtered by name before they are
 * crawled, with keys and indexes read in one query each ({@link BulkRetrieval}). Check
 * constraints, sequences and the types a type name does not tell come from catalog queries
 * ({@link CatalogExtras}). Column types are read by {@link Dialect#fromNative}; defaults are kept
 * as the database reports them, for the comparator to normalise.
 *
 * <pre>{@code
 * SchemaModel current = new DatabaseIntrospector(Dialects.forUrl(url)).read(connection);
 * }</pre>
 */
public final class DatabaseIntrospector {

  /** The version table's name unless the configuration says otherwise. */
  public static final String DEFAULT_VERSION_TABLE = "retort_version";

  private final Dialect dialect;
  private final String versionTable;
  private final TableFilter filter;

  /** Reads every table but {@value #DEFAULT_VERSION_TABLE}. */
  public DatabaseIntrospector(Dialect dialect) {
    this(dialect, DEFAULT_VERSION_TABLE, TableFilter.all());
  }

  /**
   * @param dialect the connection's dialect, which reads native column types
   * @param versionTable the version table, left out of the model (unquoted: any case; quoted: exact)
   * @param filter the tables to read
   */
  public DatabaseIntrospector(Dialect dialect, String versionTable, TableFilter filter) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
    this.filter = Objects.requireNonNull(filter, "filter");
  }

  /**
   * The schema of the database {@code connection} points at. The connection stays open; it is the
   * caller's.
   *
   * @throws RetortException when the database cannot be read, with one line that says why
   */
  public SchemaModel read(Connection connection) {
    return read(connection, List.of());
  }

  /**
   * The connection's schema, plus the tables and sequences of {@code otherSchemas} (the schemas the
   * entities name with {@code @Table(schema = ...)}), whose names come qualified:
   * {@code inventory.stock_items}. Foreign keys inside another schema refer to qualified names.
   *
   * @throws RetortException when the database cannot be read, with one line that says why
   */
  public SchemaModel read(Connection connection, Collection<String> otherSchemas) {
    QuietLogging.quietSchemaCrawler();
    ConnectionScope scope = scope(connection);
    scope.requireDialect(dialect);
    SchemaModel model = read(connection, scope);
    for (String schema : new TreeSet<>(otherSchemas)) {
      SchemaModel other = read(connection, scope.inSchema(dialect.storedName(schema)));
      model = QualifiedNames.merge(model, QualifiedNames.qualify(other, scope.style().modelName(dialect.storedName(schema))));
    }
    return model;
  }

  private SchemaModel read(Connection connection, ConnectionScope scope) {
    Catalog catalog;
    try {
      catalog = SchemaCrawlerUtility.getCatalog(DatabaseConnectionSources.fromConnection(connection),
          BulkRetrieval.options(connection, scope), CrawlOptions.forScope(scope, filter, versionTable), new Config());
    } catch (RuntimeException e) {
      throw failure(scope.url(), e);
    }
    CatalogExtras extras;
    try {
      extras = ExtrasReader.forDatabase(scope.database()).read(connection, scope);
    } catch (SQLException e) {
      throw failure(scope.url(), e);
    }
    return new CatalogMapper(dialect, scope.style(), extras).map(catalog);
  }

  /**
   * The schema of the database at {@code url}, on a connection opened for the purpose and closed
   * again.
   *
   * @throws RetortException when the database cannot be reached or read, with one line that says why
   */
  public SchemaModel read(String url, String user, String password) {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      return read(connection);
    } catch (SQLException e) {
      throw failure(ConnectionScope.withoutParameters(url), e);
    }
  }

  private static ConnectionScope scope(Connection connection) {
    try {
      return ConnectionScope.of(connection);
    } catch (SQLException e) {
      throw failure("the database", e);
    }
  }

  private static RetortException failure(String url, Exception e) {
    return new RetortException("Could not read the schema of " + url + ": " + reason(e), e);
  }

  /**
   * Why reading failed, on one line: the message of the first {@link SQLException} in the chain of
   * causes (the driver's own words), else of the innermost cause that has one.
   */
  static String reason(Throwable failure) {
    String reason = null;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        reason = t.getMessage();
        if (t instanceof SQLException) {
          break;
        }
      }
    }
    if (reason == null) {
      return failure.getClass().getSimpleName();
    }
    String firstLine = reason.strip().lines().findFirst().orElse(reason).strip();
    return firstLine.endsWith(".") ? firstLine.substring(0, firstLine.length() - 1) : firstLine;
  }
}
