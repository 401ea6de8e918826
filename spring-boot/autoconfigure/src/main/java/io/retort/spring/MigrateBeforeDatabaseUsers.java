package io.retort.spring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Makes every bean that uses the database through JPA or a JDBC template depend on each
 * {@link RetortMigrationInitializer}, so it is built after the migration: the
 * {@code EntityManagerFactory} (and its factory bean), {@code JdbcTemplate},
 * {@code NamedParameterJdbcTemplate} and {@code JdbcClient}. Spring Framework's API only (Spring
 * Boot's own classes for this moved between 3.5 and 4.0); types not on the class path are skipped.
 */
public final class MigrateBeforeDatabaseUsers implements BeanFactoryPostProcessor {
  private static final List<String> DATABASE_USERS = List.of(
      "jakarta.persistence.EntityManagerFactory",
      "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean",
      "org.springframework.jdbc.core.JdbcOperations",
      "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations",
      "org.springframework.jdbc.core.simple.JdbcClient");

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
    String[] initializers = beanFactory.getBeanNamesForType(RetortMigrationInitializer.class, true, false);
    if (initializers.length == 0) {
      return;
    }
    ClassLoader loader = beanFactory.getBeanClassLoader();
    for (String typeName : DATABASE_USERS) {
      if (!ClassUtils.isPresent(typeName, loader)) {
        continue;
      }
      Class<?> type = ClassUtils.resolveClassName(typeName, loader);
      // this context's beans only: a parent context was refreshed before this one
      for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
        dependOn(beanFactory, BeanFactoryUtils.transformedBeanName(name), initializers);
      }
    }
  }

  private static void dependOn(ConfigurableListableBeanFactory beanFactory, String beanName, String[] initializers) {
    if (!beanFactory.containsBeanDefinition(beanName)) {
      return; // a singleton registered without a definition
    }
    BeanDefinition definition = beanFactory.getBeanDefinition(beanName);
    List<String> dependsOn = new ArrayList<>(definition.getDependsOn() == null ? List.of() : Arrays.asList(definition.getDependsOn()));
    for (String initializer : initializers) {
      if (!initializer.equals(beanName) && !dependsOn.contains(initializer)) {
        dependsOn.add(initializer);
      }
    }
    definition.setDependsOn(dependsOn.toArray(String[]::new));
  }
}
