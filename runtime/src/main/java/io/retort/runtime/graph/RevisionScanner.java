package io.retort.runtime.graph;

import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationParameterValueList;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import io.retort.runtime.RetortException;
import io.retort.runtime.api.Migration;
import io.retort.runtime.api.Revision;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the revisions in a package by their {@link Revision} annotation, reading class files only:
 * no revision class is loaded or run to build the graph.
 */
public final class RevisionScanner {
  private RevisionScanner() {
  }

  /** Scans {@code migrationsPackage} as seen by {@code loader} (and its parents). */
  public static RevisionGraph scan(ClassLoader loader, String migrationsPackage) {
    return scan(new ClassGraph().overrideClassLoaders(loader), migrationsPackage);
  }

  /**
   * Scans {@code migrationsPackage} in these directories and jars only (e.g. the folder the command
   * line compiles the versions folder into), which is quicker than a class loader with parents.
   */
  public static RevisionGraph scan(List<Path> classpath, String migrationsPackage) {
    return scan(new ClassGraph().overrideClasspath(classpath), migrationsPackage);
  }

  private static RevisionGraph scan(ClassGraph where, String migrationsPackage) {
    ClassGraph classGraph = where.acceptPackages(migrationsPackage).enableAnnotationInfo().enableClassInfo();
    try (ScanResult result = classGraph.scan()) {
      List<RevisionInfo> revisions = new ArrayList<>();
      for (ClassInfo info : result.getClassesWithAnnotation(Revision.class.getName())) {
        if (!info.implementsInterface(Migration.class.getName())) {
          throw new RetortException("Revision class " + info.getName() + " does not implement " + Migration.class.getName());
        }
        revisions.add(read(info));
      }
      for (ClassInfo info : result.getClassesImplementing(Migration.class.getName())) {
        if (!info.isAbstract() && !info.hasAnnotation(Revision.class.getName())) {
          throw new RetortException("Migration class " + info.getName() + " has no @Revision annotation, so it has no place "
              + "in the revision graph; add @Revision(id = ..., revises = ...)");
        }
      }
      return RevisionGraph.of(revisions);
    }
  }

  private static RevisionInfo read(ClassInfo info) {
    AnnotationInfo annotation = info.getAnnotationInfo(Revision.class.getName());
    AnnotationParameterValueList values = annotation.getParameterValues(true);
    String id = string(values.getValue("id"));
    if (id == null || !id.matches("[A-Za-z0-9_]+")) {
      throw new RetortException("Revision class " + info.getName() + " has an invalid id '" + id
          + "': use letters, digits and underscores (retort makes 12 lowercase hex characters)");
    }
    return new RevisionInfo(id, strings(values.getValue("revises")), string(values.getValue("message")),
        strings(values.getValue("branchLabels")), strings(values.getValue("dependsOn")),
        string(values.getValue("createDate")), info.getName());
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Object[] array) {
      return Arrays.stream(array).map(Object::toString).toList();
    }
    return List.of(value.toString());
  }
}
