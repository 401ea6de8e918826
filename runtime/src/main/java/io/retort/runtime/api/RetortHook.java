package io.retort.runtime.api;

/**
 * What {@code retort.properties} cannot say, in Java: Retort's counterpart of Alembic's
 * {@code env.py}. Name an implementation in the config ({@code hook = com.example.db.RetortSetup});
 * the command line loads it from the project's classpath, with a public no-argument constructor.
 * <pre>{@code
 * public final class RetortSetup implements RetortHook {
 *   public String databaseUrl() {
 *     return AppSettings.load().jdbcUrl();       // the application's own configuration
 *   }
 *   public boolean includeTable(String table) {
 *     return !table.startsWith("legacy_");       // tables another tool owns
 *   }
 * }
 * }</pre>
 * {@code DATABASE_URL} in the environment still wins over the hook's URL, as it wins over {@code url=}.
 */
public interface RetortHook {

  /** The JDBC URL to use instead of {@code url=}, or null to keep the config's. */
  default String databaseUrl() {
    return null;
  }

  /** The user to connect as instead of {@code user=}, or null to keep the config's. */
  default String databaseUser() {
    return null;
  }

  /** The password instead of {@code password=}, or null to keep the config's. */
  default String databasePassword() {
    return null;
  }

  /**
   * Whether autogenerate and {@code check} compare this table (Alembic's {@code include_name}), on
   * top of {@code include_tables}/{@code exclude_tables}. Called with the table's name as the entities
   * or the database give it.
   */
  default boolean includeTable(String table) {
    return true;
  }
}
