package io.retort.autogen.scan;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the entity scanner reads.
 *
 * @param loader loads the project's classes and libraries; its parent must provide
 *     {@code jakarta.persistence} and Hibernate
 * @param classpath the directories and jars searched for entity classes
 * @param packages the packages holding entities, converters and embeddables (subpackages included)
 * @param jdbcUrl the target database's URL; it only chooses the dialect, no connection is made
 * @param hibernateSettings the {@code hibernate.*} settings of the project (naming strategies, quoting),
 *     handed to Hibernate as they are, except connection settings, which are dropped
 */
public record ScanRequest(ClassLoader loader, List<Path> classpath, List<String> packages, String jdbcUrl,
    Map<String, String> hibernateSettings) {

  public ScanRequest {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    classpath = List.copyOf(classpath);
    packages = packages.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
    hibernateSettings = Collections.unmodifiableMap(new TreeMap<>(hibernateSettings));
  }

  /** Splits the {@code entity_packages} setting: comma-separated, blanks ignored. */
  public static List<String> packagesOf(String commaSeparated) {
    if (commaSeparated == null) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
  }
}
