package io.retort.runtime.migrate;

import io.retort.runtime.api.NamingConvention;
import java.util.Objects;

/**
 * How the migrator runs.
 *
 * @param versionTable name of the version table
 * @param transactionPerMigration one transaction per revision instead of one for the whole run
 *     (Alembic's {@code transaction_per_migration}); only matters where DDL is transactional
 * @param lockTimeoutSeconds how long to wait for another process's migration lock
 * @param naming names for unnamed constraints and indexes
 */
public record MigrationSettings(String versionTable, boolean transactionPerMigration, int lockTimeoutSeconds,
    NamingConvention naming) {

  public static final String DEFAULT_VERSION_TABLE = "retort_version";

  public static final MigrationSettings DEFAULTS = new MigrationSettings(DEFAULT_VERSION_TABLE, false, 60, NamingConvention.DEFAULT);

  public MigrationSettings {
    Objects.requireNonNull(versionTable, "versionTable");
    Objects.requireNonNull(naming, "naming");
  }

  public MigrationSettings withVersionTable(String table) {
    return new MigrationSettings(table, transactionPerMigration, lockTimeoutSeconds, naming);
  }

  public MigrationSettings withTransactionPerMigration(boolean perMigration) {
    return new MigrationSettings(versionTable, perMigration, lockTimeoutSeconds, naming);
  }

  public MigrationSettings withLockTimeoutSeconds(int seconds) {
    return new MigrationSettings(versionTable, transactionPerMigration, seconds, naming);
  }

  public MigrationSettings withNaming(NamingConvention convention) {
    return new MigrationSettings(versionTable, transactionPerMigration, lockTimeoutSeconds, convention);
  }
}
