package io.retort.autogen.script;

import io.retort.runtime.RetortException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the project's compiled classes and libraries are, found once and then kept (the databases of
 * one project share it): given outright (the Maven plugin, {@code --classpath}), found through
 * Maven for a directory with a {@code pom.xml} ({@link MavenClasspath}, cached), or the directory's
 * {@code target/classes} when there is one.
 */
public final class ProjectClasspath {
  private final Supplier<List<Path>> source;
  private List<Path> entries;

  private ProjectClasspath(Supplier<List<Path>> source) {
    this.source = source;
  }

  /** Exactly these entries (a build tool that knows them already). */
  public static ProjectClasspath of(List<Path> entries) {
    List<Path> copy = List.copyOf(entries);
    return new ProjectClasspath(() -> copy);
  }

  /**
   * The classpath of the project in {@code projectDirectory}: through Maven when it has a
   * {@code pom.xml} ({@code MAVEN_CMD} in {@code environment} replaces {@code mvn}), else its
   * {@code target/classes}, else nothing.
   *
   * @param versionsFolders the project's versions folders, which Retort compiles itself: a new
   *     revision there does not make Maven compile the project again
   */
  public static ProjectClasspath discover(Path projectDirectory, Map<String, String> environment, List<Path> versionsFolders) {
    return new ProjectClasspath(() -> {
      if (MavenClasspath.isMavenProject(projectDirectory)) {
        return new MavenClasspath(projectDirectory, environment, versionsFolders).resolve();
      }
      Path classes = projectDirectory.resolve("target/classes");
      return Files.isDirectory(classes) ? List.of(classes) : List.of();
    });
  }

  /**
   * A classpath as typed ({@code --classpath}): entries separated by the platform's path separator,
   * relative to {@code workingDirectory}; {@code dir/*} means every jar in {@code dir}. Each entry
   * must exist.
   */
  public static ProjectClasspath parse(String typed, Path workingDirectory) {
    List<Path> entries = new ArrayList<>();
    for (String raw : typed.split(File.pathSeparator)) {
      String entry = raw.trim();
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.equals("*") || entry.endsWith(File.separator + "*") || entry.endsWith("/*")) {
        entries.addAll(jarsIn(workingDirectory.resolve(entry.substring(0, entry.length() - 1)).normalize()));
        continue;
      }
      Path path = workingDirectory.resolve(entry).toAbsolutePath().normalize();
      if (!Files.exists(path)) {
        throw new RetortException("--classpath entry " + path + " does not exist; give directories and jars that exist, "
            + "separated by '" + File.pathSeparator + "'");
      }
      entries.add(path);
    }
    return of(entries);
  }

  /** The entries, resolved the first time they are asked for. */
  public List<Path> entries() {
    if (entries == null) {
      entries = List.copyOf(source.get());
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
