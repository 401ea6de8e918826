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

  /**
   * A JDBC URL with optional user and password: each is handed to the driver when it is not null
   * (null when the URL carries it, or for the driver's default).
   */
  static ConnectionSource of(String url, String user, String password) {
    return () -> {
      try {
        return DriverManager.getConnection(url, user, password);
      } catch (SQLException e) {
        throw new RetortException("Could not connect to " + redact(url) + ": " + firstLine(e.getMessage())
            + " (check url in retort.properties or DATABASE_URL, and that the database is running)", e);
      }
    };
  }

  /**
   * The URL without its password, for messages: the password of {@code scheme://user:password@host}
   * and of a {@code password=} parameter become {@code ***}. A password may hold a raw {@code '@'},
   * so everything between the user's {@code ':'} and the last {@code '@'} is hidden, which also
   * hides a part of a URL that has an {@code '@'} in its parameters but no password.
   */
  static String redact(String url) {
    if (url == null) {
      return null;
    }
    String redacted = url;
    int start = redacted.indexOf("://");
    int at = redacted.lastIndexOf('@');
    if (start >= 0 && at > start) {
      int colon = redacted.indexOf(':', start + 3);
      if (colon >= 0 && colon < at) {
        redacted = redacted.substring(0, colon + 1) + "***" + redacted.substring(at);
      }
    }
    return redacted.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
