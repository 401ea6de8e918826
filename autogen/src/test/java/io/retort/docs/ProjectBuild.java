package io.retort.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Stands in for the reader's {@code mvn compile} in the workspace, which has no {@code pom.xml}:
 * before each command, compiles a project's sources outside its versions folder (entities, the
 * application) into {@code target/classes} whenever they changed, so the command line finds the
 * entities the guide just edited there. The versions folder is left to the command line, which
 * compiles it itself. For {@code mvn exec:java}, {@link #compileAll} compiles everything, as Maven would.
 */
final class ProjectBuild {
  private final Map<Path, String> compiled = new HashMap<>();

  /** Compiles the project in {@code directory} when its sources changed; nothing when it is no project. */
  void compileIfChanged(Path directory) {
    Path sourceRoot = directory.resolve("src/main/java");
    Path config = directory.resolve("retort.properties");
    if (!Files.isDirectory(sourceRoot) || !Files.isRegularFile(config)) {
      return;
    }
    Path versions = directory.resolve(scriptLocation(config)).normalize();
    List<Path> sources = javaFiles(sourceRoot).stream().filter(f -> !f.startsWith(versions)).toList();
    String fingerprint = fingerprint(sources);
    if (fingerprint.equals(compiled.get(directory))) {
      return;
    }
    Path output = directory.resolve("target/classes");
    delete(output);
    if (!sources.isEmpty()) {
      JavaSources.compile(sources, output, List.of(), "The project in " + directory);
    }
    compiled.put(directory, fingerprint);
  }

  /** Compiles every source of the project, revisions included, into a fresh {@code output}. */
  void compileAll(Path directory, Path output) {
    delete(output);
    JavaSources.compile(javaFiles(directory.resolve("src/main/java")), output, List.of(), "The project in " + directory);
  }

  private static String scriptLocation(Path config) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(config)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String location = properties.getProperty("script_location");
    if (location == null || location.isBlank()) {
      throw new AssertionError(config + " has no script_location");
    }
    return location.strip();
  }

  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fingerprint(List<Path> sources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path source : sources) {
        digest.update(source.toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(source));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
