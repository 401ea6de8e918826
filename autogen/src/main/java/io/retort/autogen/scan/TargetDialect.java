package io.retort.autogen.scan;

import io.retort.runtime.RetortException;
import java.util.Locale;

/**
 * The Hibernate dialect, and the database version it assumes, for a target database URL. The
 * version is fixed because no connection is made to ask the database for it.
 */
enum TargetDialect {
  H2("org.hibernate.dialect.H2Dialect", null),
  POSTGRESQL("org.hibernate.dialect.PostgreSQLDialect", "15.0"),
  MARIADB("org.hibernate.dialect.MariaDBDialect", "10.11");

  private final String hibernateDialect;
  private final String databaseVersion;

  TargetDialect(String hibernateDialect, String databaseVersion) {
    this.hibernateDialect = hibernateDialect;
    this.databaseVersion = databaseVersion;
  }

  static TargetDialect forUrl(String jdbcUrl) {
    String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      return MARIADB;
    }
    throw new RetortException("Unsupported database URL '" + jdbcUrl
        + "': Retort speaks jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql: and jdbc:h2: URLs");
  }

  /** The value of {@code hibernate.dialect}. */
  String hibernateDialect() {
    return hibernateDialect;
  }

  /** The value of {@code jakarta.persistence.database-product-version}, or null for the dialect's default. */
  String databaseVersion() {
    return databaseVersion;
  }
}
