package io.retort.runtime.dialect;

import io.retort.runtime.RetortException;
import io.retort.runtime.migrate.ConnectionSource;
import java.util.List;
import java.util.Locale;

/** Picks the dialect for a JDBC URL. */
public final class Dialects {
  private Dialects() {
  }

  public static Dialect forUrl(String jdbcUrl) {
    String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:postgresql:")) {
      return new PostgresDialect();
    }
    if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      return new MariaDbDialect();
    }
    if (url.startsWith("jdbc:h2:")) {
      return new H2Dialect();
    }
    throw new RetortException("Unsupported database URL '" + ConnectionSource.redact(jdbcUrl)
        + "': Retort speaks jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql: and jdbc:h2: URLs");
  }

  /** One of each dialect: H2, PostgreSQL, MariaDB. */
  public static List<Dialect> all() {
    return List.of(new H2Dialect(), new PostgresDialect(), new MariaDbDialect());
  }

  public static Dialect forName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "postgresql", "postgres" -> new PostgresDialect();
      case "mariadb", "mysql" -> new MariaDbDialect();
      case "h2" -> new H2Dialect();
      default -> throw new RetortException("Unknown dialect '" + name + "': use postgresql, mariadb or h2");
    };
  }
}
