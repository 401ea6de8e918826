package io.retort.spring;

/**
 * What the application does with its database at start-up, before JPA starts. The default upgrades
 * to {@code retort.target}; a bean of this type replaces it, as Spring Boot's
 * {@code FlywayMigrationStrategy} does for Flyway:
 * <pre>{@code
 * @Bean
 * RetortMigrationStrategy validateOnly() {
 *   return RetortMigrationStrategy.validate(); // fail the start when revisions are pending
 * }
 * }</pre>
 * A strategy should not need JPA or a {@code JdbcTemplate}: those wait for it.
 */
@FunctionalInterface
public interface RetortMigrationStrategy {

  /** Runs at start-up; an exception stops the application's start with its message. */
  void migrate(RetortMigrator retort);

  /** The default: upgrade to {@code retort.target}. */
  static RetortMigrationStrategy upgrade() {
    return RetortMigrator::upgrade;
  }

  /**
   * Change nothing; stop the start when the database is not at what the target needs, is at a
   * revision the project lacks, or an applied revision was edited ({@link RetortMigrator#validate()}).
   */
  static RetortMigrationStrategy validate() {
    return RetortMigrator::validate;
  }
}
