package io.retort.runtime.config;

import io.retort.runtime.RetortException;
import java.util.Locale;

/**
 * What {@code revision --autogenerate} writes ({@code revision_format} in {@code retort.properties},
 * {@code --format} on the command line): Retort's own Java revision classes, or Flyway's versioned SQL
 * migrations ({@code V<version>__<slug>.sql}) for a team that keeps Flyway to apply them.
 */
public enum MigrationFormat {
  /** A Java revision class in the versions folder; the database's state is Retort's version table. */
  RETORT,
  /** A Flyway SQL migration in the Flyway location; the database's state is Flyway's history table. */
  FLYWAY;

  /** The name as written in the config and on the command line: {@code retort}, {@code flyway}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format named {@code text} ({@code retort} or {@code flyway}, any case).
   *
   * @param where where the text was written, for the message ({@code 'revision_format' in retort.properties})
   */
  public static MigrationFormat parse(String text, String where) {
    for (MigrationFormat format : values()) {
      if (format.key().equalsIgnoreCase(text.trim())) {
        return format;
      }
    }
    throw new RetortException(where + " must be retort or flyway, not '" + text + "'");
  }
}
