package io.retort.autogen.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.tool.schema.spi.DelayedDropRegistryNotAvailableImpl;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own create script for the entities of a request, written by Hibernate's schema tooling
 * (Hibernate 7 has no {@code SchemaExport}) for the request's database, one statement per line. Tests
 * run it on a fresh database to get the schema Hibernate itself would create: an oracle that does not
 * go through Retort's model of the entities.
 */
public final class HibernateCreateScript {
  private HibernateCreateScript() {
  }

  /** The statements of Hibernate's {@code create} action for the request's entities and dialect. */
  public static List<String> of(ScanRequest request, Path scratch) {
    Path script = scratch.resolve("hibernate-create.sql");
    Map<String, Object> settings = OfflineSettings.forTarget(TargetDialect.forUrl(request.jdbcUrl()), request.hibernateSettings());
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(request.loader());
    try (OfflineMetadata boot = OfflineMetadata.build(request.loader(), EntityScanner.findClasses(request), settings,
        request.packages())) {
      Files.deleteIfExists(script);
      Map<String, Object> export = new HashMap<>(Map.of(
          "jakarta.persistence.schema-generation.scripts.action", "create",
          "jakarta.persistence.schema-generation.scripts.create-target", script.toString()));
      SchemaManagementToolCoordinator.process(boot.metadata(),
          ((MetadataImplementor) boot.metadata()).getMetadataBuildingOptions().getServiceRegistry(), export,
          DelayedDropRegistryNotAvailableImpl.INSTANCE);
      return Files.readAllLines(script).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
