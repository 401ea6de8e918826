package io.retort.autogen.scan;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import io.retort.runtime.RetortException;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the classes Hibernate must be given, by reading class files with ClassGraph: no class is
 * loaded or initialised while scanning.
 */
final class ClassFinder {
  private static final String ENTITY = "jakarta.persistence.Entity";
  private static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
  private static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
  private static final String CONVERTER = "jakarta.persistence.Converter";
  private static final String LEGACY_ENTITY = "javax.persistence.Entity";

  private ClassFinder() {
  }

  /**
   * The mapped classes in {@code packages} (and their subpackages) on {@code classpath}.
   *
   * @throws RetortException when no package is given or no {@code @Entity} class is found
   */
  static MappedClasses find(List<Path> classpath, List<String> packages) {
    if (packages.isEmpty()) {
      throw new RetortException("No entity packages to scan: set entity_packages (comma-separated) in retort.properties");
    }
    List<String> entries = classpath.stream().map(Path::toString).toList();
    try (ScanResult result = new ClassGraph().overrideClasspath(entries)
        .acceptPackages(packages.toArray(String[]::new)).enableAnnotationInfo().scan()) {
      MappedClasses found = new MappedClasses(
          result.getClassesWithAnnotation(ENTITY).getNames(),
          result.getClassesWithAnnotation(EMBEDDABLE).getNames(),
          result.getClassesWithAnnotation(MAPPED_SUPERCLASS).getNames(),
          result.getClassesWithAnnotation(CONVERTER).getNames());
      if (found.entities().isEmpty()) {
        throw noEntities(packages, result.getClassesWithAnnotation(LEGACY_ENTITY).getNames());
      }
      return found;
    }
  }

  private static RetortException noEntities(List<String> packages, List<String> legacyEntities) {
    if (!legacyEntities.isEmpty()) {
      return new RetortException("No jakarta.persistence @Entity classes in packages " + packages + ", but "
          + legacyEntities.size() + " javax.persistence ones (e.g. " + legacyEntities.get(0)
          + "): Hibernate 7 reads jakarta.persistence annotations only; migrate the imports to jakarta.persistence");
    }
    return new RetortException("No @Entity classes found in packages " + packages
        + ": check entity_packages in retort.properties and that the project is compiled");
  }
}
