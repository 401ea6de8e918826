package io.retort.spring;

import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the {@link RetortMigrationStrategy} when it is created. The auto-configuration makes every
 * {@code EntityManagerFactory} and JDBC template of the application depend on each bean of this type,
 * so they are built after the database was migrated. Define one per {@link RetortMigrator} to migrate
 * several databases.
 */
public class RetortMigrationInitializer implements InitializingBean {
  private final RetortMigrator migrator;
  private final RetortMigrationStrategy strategy;

  public RetortMigrationInitializer(RetortMigrator migrator, RetortMigrationStrategy strategy) {
    this.migrator = Objects.requireNonNull(migrator, "migrator");
    this.strategy = strategy != null ? strategy : RetortMigrationStrategy.upgrade();
  }

  public RetortMigrator migrator() {
    return migrator;
  }

  @Override
  public void afterPropertiesSet() {
    strategy.migrate(migrator);
  }
}
