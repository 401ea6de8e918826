package io.retort.autogen.introspect;

import io.retort.runtime.RetortException;
import io.retort.runtime.dialect.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * What a connection points at, as the connection itself says: which database product, which
 * catalog and schema hold the tables to read, and how it stores unquoted identifiers.
 *
 * @param database the database product
 * @param catalog the connection's catalog (MariaDB: the database; H2: the database name; unused on PostgreSQL)
 * @param schema the schema (PostgreSQL: {@code current_schema()}; H2: the current schema; null on MariaDB)
 * @param style how stored names become model names
 * @param url the connection's JDBC URL without its parameters, for messages
 */
record ConnectionScope(Database database, String catalog, String schema, IdentifierStyle style, String url) {

  /** The databases the introspector reads. */
  enum Database {
    POSTGRESQL, MARIADB, H2
  }

  static ConnectionScope of(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String url = withoutParameters(meta.getURL());
    Database database = database(meta.getDatabaseProductName(), url);
    String catalog = connection.getCatalog();
    String schema = database == Database.MARIADB ? null : connection.getSchema();
    if (database == Database.MARIADB ? catalog == null : schema == null) {
      throw new RetortException("Could not read the schema of " + url + ": the connection has no current "
          + (database == Database.MARIADB ? "database; name one in the URL" : "schema; set one (e.g. ?currentSchema=...)"));
    }
    return new ConnectionScope(database, catalog, schema, IdentifierStyle.of(database, meta), url);
  }

  /** The same connection's view of another schema (on MariaDB: another database), given as stored. */
  ConnectionScope inSchema(String storedSchema) {
    return database == Database.MARIADB
        ? new ConnectionScope(database, storedSchema, null, style, url)
        : new ConnectionScope(database, catalog, storedSchema, style, url);
  }

  /** Fails unless {@code dialect} is the dialect of this database: it reads the column types. */
  void requireDialect(Dialect dialect) {
    String expected = database.name().toLowerCase(Locale.ROOT);
    if (!expected.equals(dialect.name())) {
      throw new RetortException("Could not read the schema of " + url + ": it is a " + expected
          + " database, but the " + dialect.name() + " dialect was given");
    }
  }

  /**
   * The parts of SchemaCrawler's full schema name: the schema on PostgreSQL ({@code public}), the
   * database on MariaDB ({@code shop}), catalog and schema on H2 ({@code DB.PUBLIC}).
   */
  List<String> schemaNameParts() {
    return switch (database) {
      case POSTGRESQL -> List.of(schema);
      case MARIADB -> List.of(catalog);
      case H2 -> List.of(catalog, schema);
    };
  }

  private static Database database(String productName, String url) {
    String product = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return Database.POSTGRESQL;
    }
    if (product.contains("mariadb") || product.contains("mysql")) {
      return Database.MARIADB;
    }
    if (product.equals("h2")) {
      return Database.H2;
    }
    throw new RetortException("Could not read the schema of " + url + ": " + productName
        + " is not supported; Retort reads PostgreSQL, MariaDB/MySQL and H2");
  }

  /** The URL up to its first {@code ?} or {@code ;}: parameters may hold a password. */
  static String withoutParameters(String url) {
    if (url == null) {
      return "the database";
    }
    int end = url.length();
    for (char c : new char[] {'?', ';'}) {
      int at = url.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return url.substring(0, end);
  }
}
