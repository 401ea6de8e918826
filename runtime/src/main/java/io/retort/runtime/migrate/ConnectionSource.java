package io.retort.runtime.migrate;

import io.retort.runtime.RetortException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Where the migrator gets its connection: a {@link DataSource} or a JDBC URL. */
@FunctionalInterface
public interface ConnectionSource {
  Connection open() throws SQLException;

  static ConnectionSource of(DataSource dataSource) {
    return dataSource::getConnection;
  }

  /** A JDBC URL with optional user and password (null when the URL carries them). */
  static ConnectionSource of(String url, String user, String password) {
    return () -> {
      try {
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
      } catch (SQLException e) {
        throw new RetortException("Could not connect to " + redact(url) + ": " + firstLine(e.getMessage())
            + " (check url in retort.properties or DATABASE_URL, and that the database is running)", e);
      }
    };
  }

  /** The URL without a password parameter, for messages. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
