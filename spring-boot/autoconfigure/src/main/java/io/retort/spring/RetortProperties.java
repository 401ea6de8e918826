package io.retort.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code retort.*} properties of a Spring Boot application. Those left unset take the value of a
 * {@code retort.properties} on the class path when there is one ({@code migrations_package},
 * {@code version_table}, {@code transaction_per_migration}, {@code lock_timeout_seconds}), else
 * Retort's defaults; the file's {@code naming_convention.*} keys apply too, as they do on the command line.
 */
@ConfigurationProperties(prefix = "retort")
public class RetortProperties {

  /** Whether to upgrade the database at start-up (before JPA starts). */
  private boolean enabled = true;

  /**
   * The revision to upgrade to at start-up: head, heads, a revision id or unique prefix, +N, or
   * BRANCH@head, as for 'retort upgrade'.
   */
  private String target = "head";

  /**
   * The package the revision classes are in, e.g. com.example.shop.migrations. Defaults to migrations_package
   * of a retort.properties on the class path.
   */
  private String migrationsPackage;

  /**
   * The version table; the checksums are kept beside it in VERSION_TABLE_checksums. Defaults to version_table
   * of a retort.properties on the class path, else retort_version.
   */
  private String versionTable;

  /**
   * Whether each revision runs in a transaction of its own rather than all of them in one (where DDL is
   * transactional: PostgreSQL; H2 and MariaDB commit each DDL statement). Defaults to
   * transaction_per_migration of a retort.properties on the class path, else false.
   */
  private Boolean transactionPerMigration;

  /**
   * How long to wait for another process's migration lock, in seconds. Defaults to lock_timeout_seconds of a
   * retort.properties on the class path, else 60.
   */
  private Integer lockTimeoutSeconds;

  /**
   * JDBC URL of the database to migrate, when Retort should connect by itself rather than through the
   * application's DataSource (e.g. with an account that may change the schema). Defaults to spring.datasource.url
   * when only retort.user is set.
   */
  private String url;

  /** User to migrate with, instead of the DataSource's; setting it makes Retort connect by itself. */
  private String user;

  /** Password of retort.user. */
  private String password;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getMigrationsPackage() {
    return migrationsPackage;
  }

  public void setMigrationsPackage(String migrationsPackage) {
    this.migrationsPackage = migrationsPackage;
  }

  public String getVersionTable() {
    return versionTable;
  }

  public void setVersionTable(String versionTable) {
    this.versionTable = versionTable;
  }

  public Boolean getTransactionPerMigration() {
    return transactionPerMigration;
  }

  public void setTransactionPerMigration(Boolean transactionPerMigration) {
    this.transactionPerMigration = transactionPerMigration;
  }

  public Integer getLockTimeoutSeconds() {
    return lockTimeoutSeconds;
  }

  public void setLockTimeoutSeconds(Integer lockTimeoutSeconds) {
    this.lockTimeoutSeconds = lockTimeoutSeconds;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
