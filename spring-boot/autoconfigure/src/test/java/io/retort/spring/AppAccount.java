package io.retort.spring;

import io.retort.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An account for the application that may read and write the test database's tables but not change
 * its schema, beside the test database's own account (which Retort then migrates with).
 */
final class AppAccount implements AutoCloseable {
  private final TestDatabase db;
  private final String user;
  private final String password = "app_password";

  private AppAccount(TestDatabase db) {
    this.db = db;
    this.user = db.name() + "_app";
  }

  static AppAccount create(TestDatabase db) throws SQLException {
    AppAccount account = new AppAccount(db);
    String user = account.user;
    String password = account.password;
    switch (db.kind()) {
      case H2 -> account.asOwner(
          "CREATE USER " + user + " PASSWORD '" + password + "'",
          "GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO " + user);
      case POSTGRESQL -> account.asOwner(
          "CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'",
          "GRANT USAGE ON SCHEMA " + db.name() + " TO " + user,
          "ALTER DEFAULT PRIVILEGES IN SCHEMA " + db.name() + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + user,
          "ALTER DEFAULT PRIVILEGES IN SCHEMA " + db.name() + " GRANT USAGE, SELECT ON SEQUENCES TO " + user);
      case MARIADB -> account.asOwner(
          "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
          "GRANT SELECT, INSERT, UPDATE, DELETE ON " + db.name() + ".* TO '" + user + "'@'%'");
    }
    return account;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** The database's URL for this account: on H2 without settings such as DB_CLOSE_DELAY, which only an admin may give. */
  String url() {
    return db.kind() == TestDatabase.Kind.H2 ? db.url().replaceAll(";.*", "") : db.url();
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user, password);
  }

  private void asOwner(String... statements) throws SQLException {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    switch (db.kind()) {
      case H2 -> { } // goes with the in-memory database
      case POSTGRESQL -> asOwner("DROP OWNED BY " + user, "DROP ROLE " + user);
      case MARIADB -> asOwner("DROP USER '" + user + "'@'%'");
    }
  }
}
