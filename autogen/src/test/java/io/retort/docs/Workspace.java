package io.retort.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where a guide runs: a temporary directory that stands for the reader's Retort checkout (shown in
 * the guides as {@value #SHOWN_ROOT}) holding a copy of {@code sample-app/}: its
 * {@code retort.properties} and its sources, committed revisions included, but not its
 * {@code pom.xml} (so the command line uses {@code target/classes}, which {@link ProjectBuild}
 * fills), its tests or its {@code target/}. For real Maven builds ({@link #createMavenProject})
 * the copy keeps its {@code pom.xml}. The real checkout is only read.
 */
final class Workspace {
  /** How the guides write the directory the reader cloned Retort into. */
  static final String SHOWN_ROOT = "/home/you/retort";
  private static final Set<String> NOT_COPIED = Set.of("pom.xml", "target", "src/test");
  private static final Set<String> NOT_COPIED_FOR_MAVEN = Set.of("target", "src/test");

  private final Path root;
  private final Path repository;

  private Workspace(Path root, Path repository) {
    this.root = root;
    this.repository = repository;
  }

  /** A fresh copy of the sample app under {@code directory/retort}. */
  static Workspace create(Path directory, Path repository) {
    Path root = directory.resolve("retort").toAbsolutePath().normalize();
    copy(repository.resolve("sample-app"), root.resolve("sample-app"), NOT_COPIED);
    return new Workspace(root, repository);
  }

  /**
   * A fresh copy of the sample app under {@code directory/retort} that Maven can build: with its
   * {@code pom.xml}, whose parent ({@code retort-parent}) Maven then finds in its local repository.
   */
  static Workspace createMavenProject(Path directory, Path repository) {
    Path root = directory.resolve("retort").toAbsolutePath().normalize();
    copy(repository.resolve("sample-app"), root.resolve("sample-app"), NOT_COPIED_FOR_MAVEN);
    return new Workspace(root, repository);
  }

  /** The Retort checkout these tests run in: {@code RETORT_REPO_ROOT} (set by the build), else the nearest parent with {@code sample-app/}. */
  static Path checkout() {
    String configured = System.getenv("RETORT_REPO_ROOT");
    if (configured != null && Files.isDirectory(Path.of(configured, "sample-app"))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("sample-app")) && Files.isDirectory(dir.resolve("docs"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the Retort checkout (set RETORT_REPO_ROOT)");
  }

  Path root() {
    return root;
  }

  Path repository() {
    return repository;
  }

  /** A path typed in the guide, relative to {@code directory}, that must stay inside the workspace. */
  Path resolve(Path directory, String path) {
    Path resolved = directory.resolve(path).toAbsolutePath().normalize();
    if (!resolved.startsWith(root)) {
      throw new AssertionError("the guide's path " + path + " leaves the checkout (" + resolved + ")");
    }
    return resolved;
  }

  /** The same place in the real checkout, e.g. to find {@code bin/retort}. */
  Path inRepository(Path workspacePath) {
    return repository.resolve(root.relativize(workspacePath));
  }

  /** Text as the reader would see it: the workspace written as {@link #SHOWN_ROOT}. */
  String shown(String text) {
    return text.replace(root.toString(), SHOWN_ROOT);
  }

  private static void copy(Path from, Path to, Set<String> notCopied) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        String relative = from.relativize(source).toString().replace('\\', '/');
        if (notCopied.stream().anyMatch(skip -> relative.equals(skip) || relative.startsWith(skip + "/"))) {
          continue;
        }
        Path target = to.resolve(relative);
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
