package io.retort.cli;

import io.retort.runtime.RetortException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the project's compiled classes and libraries are: {@code --classpath} when given (entries
 * relative to the working directory; {@code dir/*} means every jar in {@code dir}), else Maven's
 * view of the project when the project directory has a {@code pom.xml}, else its
 * {@code target/classes} when present, else nothing.
 */
final class ProjectClasspath {
  private ProjectClasspath() {
  }

  static List<Path> resolve(Path projectDirectory, String option, Invocation invocation) {
    if (option != null) {
      return fromOption(option, invocation);
    }
    if (MavenBuild.isMavenProject(projectDirectory)) {
      return new MavenBuild(projectDirectory, invocation.environment()).compileAndResolveClasspath();
    }
    Path classes = projectDirectory.resolve("target/classes");
    return Files.isDirectory(classes) ? List.of(classes) : List.of();
  }

  private static List<Path> fromOption(String option, Invocation invocation) {
    List<Path> entries = new ArrayList<>();
    for (String raw : option.split(File.pathSeparator)) {
      String entry = raw.trim();
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.equals("*") || entry.endsWith(File.separator + "*") || entry.endsWith("/*")) {
        entries.addAll(jarsIn(invocation.resolve(Path.of(entry.substring(0, entry.length() - 1)))));
        continue;
      }
      Path path = invocation.resolve(Path.of(entry));
      if (!Files.exists(path)) {
        throw new RetortException("--classpath entry " + path + " does not exist; give directories and jars that exist, "
            + "separated by '" + File.pathSeparator + "'");
      }
      entries.add(path);
    }
    return entries;
  }

  private static List<Path> jarsIn(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new RetortException("--classpath entry " + directory + File.separator + "* names no directory");
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new RetortException("Cannot list " + directory + ": " + e.getMessage(), e);
    }
  }
}
