package io.retort.spring;

import io.retort.runtime.RetortException;
import io.retort.runtime.api.Retort;
import io.retort.runtime.config.RetortConfig;
import io.retort.runtime.migrate.MigrationListener;
import io.retort.runtime.migrate.MigrationSettings;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Upgrades the database to {@code retort.target} at start-up, before JPA's
 * {@code EntityManagerFactory} (and the JDBC templates) are built, as Spring Boot's own Flyway
 * auto-configuration does; on when a single {@link DataSource} is there or {@code retort.url} is set,
 * unless {@code retort.enabled=false}.
 *
 * <p>Spring Boot 4.0 and 3.5 name their auto-configurations differently, so the ordering names both,
 * and the ordering before JPA is made with Spring Framework's API alone ({@link MigrateBeforeDatabaseUsers}).
 */
@AutoConfiguration(
    afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration", // Spring Boot 4
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"}, // Spring Boot 3
    beforeName = {
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration", // Spring Boot 4
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration"}) // Spring Boot 3
@ConditionalOnClass(Retort.class)
@ConditionalOnProperty(prefix = "retort", name = "enabled", havingValue = "true", matchIfMissing = true)
@Conditional(RetortAutoConfiguration.DatabaseCondition.class)
@EnableConfigurationProperties(RetortProperties.class)
public class RetortAutoConfiguration {

  /** The name of the bean that migrates at start-up, which JPA and the JDBC templates wait for. */
  public static final String INITIALIZER_BEAN_NAME = "retortMigrationInitializer";

  @Bean
  @ConditionalOnMissingBean
  public RetortMigrator retortMigrator(RetortProperties properties, ObjectProvider<DataSource> dataSource, Environment environment,
      ResourceLoader resourceLoader, ObjectProvider<MigrationListener> listeners) {
    ClassLoader loader = resourceLoader.getClassLoader() != null ? resourceLoader.getClassLoader() : ClassUtils.getDefaultClassLoader();
    RetortConfig file = ClasspathRetortConfig.find(loader);
    String migrationsPackage = migrationsPackage(properties, file);
    MigrationSettings settings = settings(properties, file);

    Retort retort;
    DataSource migrated = null;
    if (StringUtils.hasText(properties.getUrl()) || StringUtils.hasText(properties.getUser())) {
      String url = StringUtils.hasText(properties.getUrl()) ? properties.getUrl() : environment.getProperty("spring.datasource.url");
      if (!StringUtils.hasText(url)) {
        throw new RetortException("retort.user is set, but neither retort.url nor spring.datasource.url says which database "
            + "to migrate as that user: set retort.url");
      }
      retort = Retort.with(url, properties.getUser(), properties.getPassword());
    } else {
      migrated = dataSource.getIfUnique();
      if (migrated == null) {
        throw new RetortException("Retort found no single DataSource to migrate: mark one @Primary, or set retort.url "
            + "(with retort.user and retort.password) to the database to migrate");
      }
      retort = Retort.with(migrated);
    }
    List<MigrationListener> all = new ArrayList<>();
    all.add(RetortMigrator.progressLog());
    listeners.orderedStream().forEach(all::add);
    retort.migrationsPackage(migrationsPackage).classLoader(loader).settings(settings)
        .listener(new EveryListener(all));
    return new RetortMigrator(retort, properties.getTarget(), migrationsPackage, settings.versionTable(), migrated);
  }

  @Bean(name = INITIALIZER_BEAN_NAME)
  @ConditionalOnMissingBean(RetortMigrationInitializer.class)
  public RetortMigrationInitializer retortMigrationInitializer(RetortMigrator migrator, ObjectProvider<RetortMigrationStrategy> strategy) {
    return new RetortMigrationInitializer(migrator, strategy.getIfAvailable(RetortMigrationStrategy::upgrade));
  }

  /** Makes JPA and the JDBC templates depend on the migration (static: a bean factory post-processor). */
  @Bean
  public static MigrateBeforeDatabaseUsers retortMigrateBeforeDatabaseUsers() {
    return new MigrateBeforeDatabaseUsers();
  }

  private static String migrationsPackage(RetortProperties properties, RetortConfig file) {
    if (StringUtils.hasText(properties.getMigrationsPackage())) {
      return properties.getMigrationsPackage().trim();
    }
    if (file != null && file.isMultiDatabase()) {
      throw new RetortException("The " + RetortConfig.FILE_NAME + " on the class path declares several databases ("
          + String.join(", ", file.databaseNames()) + "): set retort.migrations-package to the package of the revisions "
          + "this application migrates");
    }
    if (file != null && StringUtils.hasText(file.get("migrations_package"))) {
      return file.get("migrations_package");
    }
    throw new RetortException("Retort does not know where the revisions are: set retort.migrations-package to their "
        + "package (e.g. retort.migrations-package=com.example.shop.migrations in application.properties)"
        + (file == null ? ", or put a " + RetortConfig.FILE_NAME + " with migrations_package= on the class path"
            : "; the " + RetortConfig.FILE_NAME + " on the class path has no migrations_package")
        + " (retort.enabled=false turns Retort off)");
  }

  private static MigrationSettings settings(RetortProperties properties, RetortConfig file) {
    MigrationSettings settings = file != null ? file.settings() : MigrationSettings.DEFAULTS;
    if (StringUtils.hasText(properties.getVersionTable())) {
      settings = settings.withVersionTable(properties.getVersionTable().trim());
    }
    if (properties.getTransactionPerMigration() != null) {
      settings = settings.withTransactionPerMigration(properties.getTransactionPerMigration());
    }
    if (properties.getLockTimeoutSeconds() != null) {
      settings = settings.withLockTimeoutSeconds(properties.getLockTimeoutSeconds());
    }
    return settings;
  }

  /**
   * Tells Spring Boot that Retort manages the schema of the DataSource it migrates, so on an embedded
   * database Hibernate's {@code ddl-auto} defaults to {@code none} rather than {@code create-drop}
   * (as with Flyway). {@code SchemaManagementProvider} has one name in Spring Boot 3.5 and 4.0.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.jdbc.SchemaManagementProvider")
  static class SchemaManagementConfiguration {
    @Bean
    RetortSchemaManagementProvider retortSchemaManagementProvider(ObjectProvider<RetortMigrator> migrators) {
      return new RetortSchemaManagementProvider(migrators);
    }
  }

  /** A single DataSource bean to migrate through, or a URL of Retort's own. */
  static final class DatabaseCondition extends AnyNestedCondition {
    DatabaseCondition() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnSingleCandidate(DataSource.class)
    static final class DataSourceBean {
    }

    @ConditionalOnProperty(prefix = "retort", name = "url")
    static final class OwnUrl {
    }
  }
}
