package io.retort.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code -Dretort.X} a goal takes as a parameter is known as one, so it is not also handed to
 * {@code retort.properties} as a config key (which would refuse it as unknown, e.g.
 * {@code mvn retort:revision -Dretort.autogenerate}). The annotations are not kept at run time, so
 * this reads the goals' sources.
 */
class GoalParametersTest {
  private static final Pattern PROPERTY = Pattern.compile("@Parameter\\(property = \"retort\\.([A-Za-z]+)\"");

  @Test
  void everyGoalPropertyIsAParameterNotAConfigKey() throws Exception {
    Set<String> properties = new TreeSet<>();
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/io/retort/maven"))) {
      for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = PROPERTY.matcher(Files.readString(source));
        while (matcher.find()) {
          properties.add(matcher.group(1));
        }
      }
    }
    assertTrue(properties.contains("message") && properties.contains("autogenerate"), properties::toString);
    assertEquals(properties, new TreeSet<>(RetortMojo.PARAMETERS), "RetortMojo.PARAMETERS against the goals' properties");
  }
}
