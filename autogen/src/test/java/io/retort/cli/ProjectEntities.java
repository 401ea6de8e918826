package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;

/**
 * Entity classes of a throw-away project, as its build would leave them: the sources under
 * {@code src/main/java}, compiled with javax.tools into {@code target/classes} (which the command
 * line uses when the project has no {@code pom.xml} and no {@code --classpath}).
 */
final class ProjectEntities {
  /** A products-like table for the first database. */
  static final String WIDGET = """
      package com.example.model;

      import jakarta.persistence.Column;
      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;
      import jakarta.persistence.Table;

      @Entity
      @Table(name = "widgets")
      public class Widget {
        @Id
        private Long id;

        @Column(nullable = false, length = 100)
        private String name;
      }
      """;

  /** A table of the second database of the multidb template. */
  static final String PAGE_VIEW = """
      package com.example.analytics;

      import jakarta.persistence.Column;
      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;
      import jakarta.persistence.Table;

      @Entity
      @Table(name = "page_views")
      public class PageView {
        @Id
        private Long id;

        @Column(nullable = false, length = 500)
        private String path;
      }
      """;

  private static final Pattern PACKAGE = Pattern.compile("package ([\\w.]+);");
  private static final Pattern CLASS = Pattern.compile("public class (\\w+)");

  private ProjectEntities() {
  }

  /** Writes the sources into {@code project/src/main/java} and compiles them into {@code project/target/classes}. */
  static void compile(Path project, String... sources) throws Exception {
    List<String> arguments = new ArrayList<>(List.of("-d", project.resolve("target/classes").toString(),
        "-classpath", System.getProperty("java.class.path"), "-proc:none"));
    for (String source : sources) {
      Path file = project.resolve("src/main/java").resolve(group(PACKAGE, source).replace('.', '/'))
          .resolve(group(CLASS, source) + ".java");
      TestProject.write(file, source);
      arguments.add(file.toString());
    }
    Files.createDirectories(project.resolve("target/classes"));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int exit = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
    assertEquals(0, exit, () -> "javac of the entities: " + errors.toString(StandardCharsets.UTF_8));
  }

  private static String group(Pattern pattern, String source) {
    Matcher matcher = pattern.matcher(source);
    if (!matcher.find()) {
      throw new IllegalArgumentException("no " + pattern + " in\n" + source);
    }
    return matcher.group(1);
  }
}
