package io.retort.autogen.introspect;

import java.sql.Connection;
import java.sql.SQLException;

/** Reads the {@link CatalogExtras} of one kind of database. */
interface ExtrasReader {

  CatalogExtras read(Connection connection, ConnectionScope scope) throws SQLException;

  static ExtrasReader forDatabase(ConnectionScope.Database database) {
    return switch (database) {
      case POSTGRESQL -> new PostgresExtras();
      case MARIADB -> new MariaDbExtras();
      case H2 -> new H2Extras();
    };
  }
}
