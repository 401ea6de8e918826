package io.retort.autogen.scan;

import io.retort.runtime.RetortException;
import io.retort.runtime.schema.SchemaModel;
import java.util.Map;

/**
 * Builds the target {@link SchemaModel} of autogenerate from the application's JPA entities: finds
 * the mapped classes, lets Hibernate map them for the target database's dialect (without connecting
 * to it) and reads tables, constraints, indexes and sequences off Hibernate's boot metamodel.
 *
 * <pre>{@code
 * ScanRequest request = new ScanRequest(loader, classpath, List.of("com.example.shop"), url, hibernateSettings);
 * MappedClasses classes = EntityScanner.findClasses(request);   // e.g. to report what was found
 * SchemaModel target = EntityScanner.scan(request, classes);
 * }</pre>
 */
public final class EntityScanner {
  private EntityScanner() {
  }

  /**
   * The entities, embeddables, mapped superclasses and converters in the request's packages, found
   * without loading any class.
   *
   * @throws RetortException when no {@code @Entity} class is found
   */
  public static MappedClasses findClasses(ScanRequest request) {
    return ClassFinder.find(request.classpath(), request.packages());
  }

  /** Finds the mapped classes and scans them: {@code scan(request, findClasses(request))}. */
  public static SchemaModel scan(ScanRequest request) {
    return scan(request, findClasses(request));
  }

  /**
   * The schema Hibernate would create for {@code classes} on the request's database.
   *
   * @throws RetortException when the URL names an unsupported database, a class cannot be loaded, or
   *     Hibernate cannot map an entity (the message names the class and Hibernate's reason)
   */
  public static SchemaModel scan(ScanRequest request, MappedClasses classes) {
    return scanEntities(request, classes).schema();
  }

  /** The schema and the {@link io.retort.runtime.api.RenamedFrom} hints of the entities, from one boot of Hibernate. */
  public static EntityModel scanEntities(ScanRequest request) {
    return scanEntities(request, findClasses(request));
  }

  private static EntityModel scanEntities(ScanRequest request, MappedClasses classes) {
    TargetDialect target = TargetDialect.forUrl(request.jdbcUrl());
    Map<String, Object> settings = OfflineSettings.forTarget(target, request.hibernateSettings());
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(request.loader());
    try (OfflineMetadata boot = OfflineMetadata.build(request.loader(), classes, settings, request.packages())) {
      SchemaModel schema = HibernateModelMapper.map(boot, io.retort.runtime.dialect.Dialects.forUrl(request.jdbcUrl()));
      return new EntityModel(schema, HibernateModelMapper.renameHints(boot));
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
