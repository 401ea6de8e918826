package io.retort.autogen.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a Maven-layout project's {@code target/classes} is older than its sources: a source under
 * {@code src/main/java} whose class is missing or older, or a resource under
 * {@code src/main/resources} whose copy is. The versions folders are left out: Retort compiles
 * revisions itself. A source whose class lands elsewhere (another package than its folder says)
 * always counts as stale, which costs a compile, never a wrong answer.
 */
public final class CompiledClasses {
  private final Path projectDirectory;
  private final List<Path> versionsFolders;

  /**
   * @param versionsFolders folders whose sources Retort compiles itself, left out of the check
   */
  public CompiledClasses(Path projectDirectory, List<Path> versionsFolders) {
    this.projectDirectory = projectDirectory;
    this.versionsFolders = List.copyOf(versionsFolders);
  }

  /** The first source or resource newer than what {@code target/classes} holds of it, if any. */
  public Optional<Path> firstStale() {
    Path classes = projectDirectory.resolve("target/classes");
    if (!Files.isDirectory(classes)) {
      return Optional.of(classes);
    }
    Optional<Path> source = stale(projectDirectory.resolve("src/main/java"), classes, true);
    return source.isPresent() ? source : stale(projectDirectory.resolve("src/main/resources"), classes, false);
  }

  private Optional<Path> stale(Path root, Path classes, boolean javaSources) {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).filter(f -> versionsFolders.stream().noneMatch(f::startsWith)).filter(file -> {
        String relative = root.relativize(file).toString();
        if (javaSources) {
          String name = file.getFileName().toString();
          if (!name.endsWith(".java") || name.equals("package-info.java") || name.equals("module-info.java")) {
            return false;
          }
          relative = relative.substring(0, relative.length() - ".java".length()) + ".class";
        }
        Path output = classes.resolve(relative);
        try {
          return !Files.isRegularFile(output)
              || Files.getLastModifiedTime(output).toMillis() < Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
          return true;
        }
      }).findFirst();
    } catch (IOException e) {
      return Optional.of(root);
    }
  }
}
