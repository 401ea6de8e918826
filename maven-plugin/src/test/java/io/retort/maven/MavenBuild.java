package io.retort.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Maven build of a small test project (a copy of a folder of {@code src/it}), as a user runs
 * it: the installed {@code mvn}, this build's plugin staged into {@code target/it-repo} (its local
 * repository), everything else read from the developer's own local repository through a mirror, so
 * nothing is downloaded. {@link #writeSettings} and {@link #maven} serve other real builds too
 * (the guides' Maven blocks, in {@code io.retort.docs.GuidePluginIT}).
 */
public final class MavenBuild {
  private static final Path REPOSITORY = Path.of(System.getProperty("retort.it.repository", "target/it-repo")).toAbsolutePath();
  private static final Path USER_REPOSITORY = Path.of(System.getProperty("retort.it.userRepository",
      System.getProperty("user.home") + "/.m2/repository")).toAbsolutePath();
  private static final Path PROJECTS = Path.of(System.getProperty("retort.it.projects", "src/it")).toAbsolutePath();
  private static final Path WORK = Path.of(System.getProperty("retort.it.work", "target/it-work")).toAbsolutePath();
  static final String VERSION = System.getProperty("retort.it.version", "0.1.0-SNAPSHOT");

  /**
   * What one build printed and returned.
   *
   * @param exit Maven's exit code
   * @param output everything it printed (stdout and stderr)
   */
  record Result(int exit, String output) {
    Result succeeded() {
      assertEquals(0, exit, () -> "the build failed:\n" + output);
      return this;
    }

    Result failed() {
      assertTrue(exit != 0, () -> "the build succeeded, but should have failed:\n" + output);
      return this;
    }

    /** The lines Maven logged at INFO, without {@code [INFO] }. */
    List<String> info() {
      return output.lines().filter(l -> l.startsWith("[INFO] ")).map(l -> l.substring("[INFO] ".length())).toList();
    }

    Result contains(String text) {
      assertTrue(output.contains(text), () -> "expected '" + text + "' in:\n" + output);
      return this;
    }
  }

  private final Path directory;

  private MavenBuild(Path directory) {
    this.directory = directory;
  }

  /** A fresh copy of {@code src/it/NAME} under {@code target/it-work/COPY}, with this build's version filled in. */
  static MavenBuild copyOf(String name, String copy) {
    Path target = WORK.resolve(copy);
    try {
      deleteTree(target);
      try (Stream<Path> files = Files.walk(PROJECTS.resolve(name))) {
        for (Path file : files.toList()) {
          Path destination = target.resolve(PROJECTS.resolve(name).relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(destination);
          } else {
            Files.writeString(destination, Files.readString(file, StandardCharsets.UTF_8).replace("@retort.version@", VERSION),
                StandardCharsets.UTF_8);
          }
        }
      }
      writeSettings(target.resolve("it-settings.xml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MavenBuild(target);
  }

  /**
   * Writes the settings of a real build ({@code mvn -s FILE}): this build's plugin staged in
   * {@code target/it-repo} as the local repository, the developer's own repository as the mirror of all others.
   */
  public static void writeSettings(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, """
          <settings>
            <localRepository>%s</localRepository>
            <mirrors>
              <mirror><id>developer-repository</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
            </mirrors>
          </settings>
          """.formatted(REPOSITORY, USER_REPOSITORY.toUri()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path directory() {
    return directory;
  }

  /** Runs {@code mvn -B ARGS} in the project and waits for it. */
  Result run(String... arguments) {
    List<String> command = new ArrayList<>(List.of(maven(), "-B", "-s", "it-settings.xml", "-Dstyle.color=never"));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("mvn " + String.join(" ", arguments) + " did not finish in 5 minutes");
      }
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The {@code mvn} of the Maven running this build, else the one on the PATH. */
  public static String maven() {
    String home = System.getProperty("maven.home");
    if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
      return Path.of(home, "bin", "mvn").toString();
    }
    return "mvn";
  }

  void write(String relative, String text) {
    try {
      Path file = directory.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String relative) {
    try {
      return Files.readString(directory.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
