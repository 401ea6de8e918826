package io.retort.runtime.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database for one test, dropped on {@link #close()}: an in-memory H2 database, a
 * PostgreSQL schema, or a MariaDB database. PostgreSQL and MariaDB are the servers named by
 * {@code RETORT_TEST_PG_URL} / {@code RETORT_TEST_MARIADB_URL} (defaults: the local servers of
 * DESIGN.md); when those do not answer, Testcontainers starts them if a Docker engine is there.
 * Otherwise the test is skipped, except under {@code CI=true}, where it fails: CI must never
 * silently skip a database.
 */
public final class TestDatabase implements AutoCloseable {

  /** The databases Retort supports. */
  public enum Kind {
    H2, POSTGRESQL, MARIADB
  }

  private final Kind kind;
  private final String name;
  private final String url;
  private final String user;
  private final String password;
  private final Server server;

  private TestDatabase(Kind kind, String name, String url, String user, String password, Server server) {
    this.kind = kind;
    this.name = name;
    this.url = url;
    this.user = user;
    this.password = password;
    this.server = server;
  }

  public static TestDatabase create(Kind kind) {
    String name = "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      return switch (kind) {
        case H2 -> new TestDatabase(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", null);
        case POSTGRESQL -> {
          Server server = Server.postgres();
          try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
          }
          yield new TestDatabase(kind, name, server.databaseUrl() + "?currentSchema=" + name, server.user, server.password, server);
        }
        case MARIADB -> {
          Server server = Server.mariadb();
          try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
          }
          yield new TestDatabase(kind, name, server.serverUrl() + "/" + name, server.user, server.password, server);
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database on " + kind, e);
    }
  }

  public Kind kind() {
    return kind;
  }

  /** The schema (PostgreSQL), database (MariaDB) or in-memory database (H2) name. */
  public String name() {
    return name;
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** A name as the database stores an unquoted identifier: upper case on H2, lower case elsewhere. */
  public String stored(String identifier) {
    return kind == Kind.H2 ? identifier.toUpperCase(Locale.ROOT) : identifier.toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    try {
      switch (kind) {
        case H2 -> {
          try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
          }
        }
        case POSTGRESQL -> {
          try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + name + " CASCADE");
          }
        }
        case MARIADB -> {
          try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + name);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop test database " + name + " on " + kind, e);
    }
  }

  /** A database server: the local one, or a container. */
  private static final class Server {
    private static Server postgres;
    private static Server mariadb;

    private final String serverUrl;
    private final String database;
    private final String user;
    private final String password;

    private Server(String serverUrl, String database, String user, String password) {
      this.serverUrl = serverUrl;
      this.database = database;
      this.user = user;
      this.password = password;
    }

    String databaseUrl() {
      return serverUrl + "/" + database;
    }

    String serverUrl() {
      return serverUrl;
    }

    Connection connect() throws SQLException {
      return DriverManager.getConnection(databaseUrl(), user, password);
    }

    static synchronized Server postgres() {
      if (postgres == null) {
        String configured = System.getenv("RETORT_TEST_PG_URL");
        Server local = new Server("jdbc:postgresql://127.0.0.1:5432", "test", "postgres", "");
        if (configured != null) {
          local = fromUrl(configured, "postgres", "");
        }
        postgres = answers(local) ? local : Containers.postgres().orElseGet(() -> unavailable("PostgreSQL", "RETORT_TEST_PG_URL"));
      }
      return postgres;
    }

    static synchronized Server mariadb() {
      if (mariadb == null) {
        String configured = System.getenv("RETORT_TEST_MARIADB_URL");
        Server local = new Server("jdbc:mariadb://127.0.0.1:3306", "test", "root", "");
        if (configured != null) {
          local = fromUrl(configured, "root", "");
        }
        mariadb = answers(local) ? local : Containers.mariadb().orElseGet(() -> unavailable("MariaDB", "RETORT_TEST_MARIADB_URL"));
      }
      return mariadb;
    }

    private static Server fromUrl(String url, String user, String password) {
      int slash = url.lastIndexOf('/');
      return new Server(url.substring(0, slash), url.substring(slash + 1), user, password);
    }

    private static boolean answers(Server server) {
      DriverManager.setLoginTimeout(3);
      try (Connection c = server.connect()) {
        return c.isValid(3);
      } catch (SQLException e) {
        return false;
      }
    }

    private static Server unavailable(String what, String variable) {
      String message = what + " does not answer (set " + variable + "), and no Docker engine is there for Testcontainers";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message + "; under CI=true a database test must not be skipped");
      }
      Assumptions.abort(message);
      return null;
    }

    /** Testcontainers, only touched when a local server does not answer. */
    private static final class Containers {
      static java.util.Optional<Server> postgres() {
        if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
          return java.util.Optional.empty();
        }
        var container = new org.testcontainers.postgresql.PostgreSQLContainer("postgres:15");
        container.start();
        String jdbc = container.getJdbcUrl();
        String base = jdbc.substring(0, jdbc.lastIndexOf('/'));
        return java.util.Optional.of(new Server(base, container.getDatabaseName(), container.getUsername(), container.getPassword()));
      }

      static java.util.Optional<Server> mariadb() {
        if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
          return java.util.Optional.empty();
        }
        var container = new org.testcontainers.mariadb.MariaDBContainer("mariadb:10.11").withUsername("root").withPassword("");
        container.start();
        String jdbc = container.getJdbcUrl();
        String base = jdbc.substring(0, jdbc.lastIndexOf('/'));
        return java.util.Optional.of(new Server(base, container.getDatabaseName(), "root", ""));
      }
    }
  }
}
