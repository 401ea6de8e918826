package io.retort.runtime.dialect;

import io.retort.runtime.RetortException;
import java.util.Locale;

/** Picks the dialect for a JDBC URL. */
public final class Dialects {
  private Dialects() {
  }

  public static Dialect forUrl(String jdbcUrl) {
    String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:postgresql:")) {
      throw new UnsupportedOperationException();
    }
    if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      throw new UnsupportedOperationException();
    }
    if (url.startsWith("jdbc:h2:")) {
      throw new UnsupportedOperationException();
    }
    throw new RetortException("Unsupported database URL '" + jdbcUrl
        + "': Retort speaks jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql: and jdbc:h2: URLs");
  }

  public static Dialect forName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "postgresql", "postgres" -> throw new UnsupportedOperationException();
      case "mariadb", "mysql" -> throw new UnsupportedOperationException();
      case "h2" -> throw new UnsupportedOperationException();
      default -> throw new RetortException("Unknown dialect '" + name + "': use postgresql, mariadb or h2");
    };
  }
}
