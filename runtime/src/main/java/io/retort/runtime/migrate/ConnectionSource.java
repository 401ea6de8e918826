package io.retort.runtime.migrate;

import io.retort.runtime.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
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
   * (null when the URL carries it, or for the driver's default). On PostgreSQL the session is named
   * {@code retort (pid 1234 on host)} ({@code ApplicationName}, unless the URL sets one), so a
   * command waiting for the migration lock, and {@code pg_stat_activity}, can say which process holds it.
   */
  static ConnectionSource of(String url, String user, String password) {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    if (url.startsWith("jdbc:postgresql:") && !url.toLowerCase(Locale.ROOT).contains("applicationname=")) {
      properties.setProperty("ApplicationName", sessionName());
    }
    return () -> {
      try {
        return DriverManager.getConnection(url, properties);
      } catch (SQLException e) {
        throw new RetortException("Could not connect to " + redact(url) + ": " + firstLine(e.getMessage())
            + " (check url in retort.properties or DATABASE_URL, and that the database is running)", e);
      }
    };
  }

  /** How Retort names its database sessions where the database shows a name: {@code retort (pid 1234 on host)}. */
  static String sessionName() {
    return "retort (pid " + ProcessHandle.current().pid() + " on " + hostName() + ")";
  }

  /** This machine's name, without a DNS lookup: {@code HOSTNAME}, {@code COMPUTERNAME} or {@code /etc/hostname}. */
  private static String hostName() {
    for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
      String name = System.getenv(variable);
      if (name != null && !name.isBlank()) {
        return name.strip();
      }
    }
    try {
      String name = Files.readString(Path.of("/etc/hostname")).strip();
      return name.isEmpty() ? "localhost" : name;
    } catch (IOException | RuntimeException e) {
      return "localhost";
    }
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
