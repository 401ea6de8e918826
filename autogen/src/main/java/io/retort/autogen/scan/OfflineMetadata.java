package io.retort.autogen.scan;

import io.retort.autogen.QuietLogging;
import io.retort.runtime.RetortException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate's boot metamodel of the mapped classes, built without a database connection, together
 * with the service registry it lives in. Close it to release the registry.
 */
final class OfflineMetadata implements AutoCloseable {
  private final StandardServiceRegistry registry;
  private final Metadata metadata;
  private final Map<String, Object> settings;

  private OfflineMetadata(StandardServiceRegistry registry, Metadata metadata, Map<String, Object> settings) {
    this.registry = registry;
    this.metadata = metadata;
    this.settings = settings;
  }

  /**
   * Loads {@code classes} through {@code loader} and builds the metadata.
   *
   * @param settings the registry's settings, see {@link OfflineSettings}; the environment's
   *     {@code hibernate.properties} and system properties are not read
   * @param packages the scanned packages, named in messages
   * @throws RetortException when a class cannot be loaded or Hibernate cannot map the classes
   */
  static OfflineMetadata build(ClassLoader loader, MappedClasses classes, Map<String, Object> settings,
      List<String> packages) {
    QuietLogging.quietHibernate();
    List<Class<?>> loaded = load(loader, classes);
    StandardServiceRegistry registry = registry(loader, settings);
    try {
      MetadataSources sources = new MetadataSources(registry);
      loaded.forEach(sources::addAnnotatedClass);
      return new OfflineMetadata(registry, sources.buildMetadata(), settings);
    } catch (RuntimeException | LinkageError e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw MappingFailure.explain(e, classes, packages);
    }
  }

  private static StandardServiceRegistry registry(ClassLoader loader, Map<String, Object> settings) {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
    try {
      return new StandardServiceRegistryBuilder(bootstrap).clearSettings().applySettings(settings).build();
    } catch (RuntimeException e) {
      bootstrap.close();
      throw MappingFailure.badSettings(e);
    }
  }

  Metadata metadata() {
    return metadata;
  }

  /** How Hibernate's DDL qualifies names: default catalog and schema from the settings applied. */
  SqlStringGenerationContext sqlStringGenerationContext() {
    return SqlStringGenerationContextImpl.fromConfigurationMap(
        metadata.getDatabase().getJdbcEnvironment(), metadata.getDatabase(), settings);
  }

  @Override
  public void close() {
    StandardServiceRegistryBuilder.destroy(registry);
  }

  /**
   * Loads the classes without initialising them. Their fields and methods are resolved here, so that a
   * type missing from the classpath is reported against the class that uses it rather than from deep
   * inside Hibernate.
   */
  private static List<Class<?>> load(ClassLoader loader, MappedClasses classes) {
    List<Class<?>> loaded = new ArrayList<>();
    for (String name : classes.all()) {
      try {
        Class<?> mapped = Class.forName(name, false, loader);
        mapped.getDeclaredFields();
        mapped.getDeclaredMethods();
        loaded.add(mapped);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new RetortException("Cannot load entity class " + name + ": " + e
            + " (is the project compiled, and are its libraries on the classpath?)", e);
      }
    }
    return loaded;
  }
}
