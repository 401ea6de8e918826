package io.retort.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throw-away Retort project in a temporary directory: a {@code retort.properties}, a versions
 * folder ({@code src/main/java/shop/migrations}, package {@code shop.migrations}) filled from the
 * fixture revisions in {@code src/test/resources/io/retort/cli/fixtures}, and the environment the
 * command line runs with. {@link #run} runs {@link Main#run} in-process in the project directory.
 */
final class TestProject {
  static final String PACKAGE = "shop.migrations";
  static final String SCRIPT_LOCATION = "src/main/java/shop/migrations";
  /** A URL nothing listens on: commands that must not connect can be given it. */
  static final String NOWHERE_URL = "jdbc:postgresql://127.0.0.1:1/nowhere";

  private final Path directory;
  private final Map<String, String> environment = new HashMap<>();

  private TestProject(Path directory) {
    this.directory = directory;
  }

  /** A project with the standard config and no revisions yet; the database URL points nowhere until {@link #database}. */
  static TestProject create(Path directory) {
    TestProject project = new TestProject(directory);
    project.config("""
        script_location = %s
        migrations_package = %s
        url = %s
        """.formatted(SCRIPT_LOCATION, PACKAGE, NOWHERE_URL));
    return project;
  }

  Path directory() {
    return directory;
  }

  Path versions() {
    return directory.resolve(SCRIPT_LOCATION);
  }

  /** Replaces {@code retort.properties}. */
  TestProject config(String text) {
    write(directory.resolve("retort.properties"), text);
    return this;
  }

  /** Runs against this database ({@code DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD}). */
  TestProject database(ProjectDatabase database) {
    environment.putAll(database.environment());
    return this;
  }

  TestProject env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Copies fixture revisions into the versions folder, e.g. {@code "R1111aaaa0001_create_products"} or {@code "broken/R7777aaaa0007_orphan"}. */
  TestProject add(String... fixtures) {
    for (String fixture : fixtures) {
      String resource = "fixtures/" + fixture + ".java";
      try (InputStream in = TestProject.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("no fixture " + resource);
        }
        Path target = versions().resolve(Path.of(fixture).getFileName().toString() + ".java");
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  /** The linear chain products → description → categories. */
  TestProject addChain() {
    return add("R1111aaaa0001_create_products", "R2222bbbb0002_add_product_description", "R3333cccc0003_create_categories");
  }

  /** The chain plus the {@code audit} branch from the first revision: two heads. */
  TestProject addBranches() {
    return addChain().add("R4444dddd0004_create_audit_log");
  }

  /** The source file of a revision in the versions folder, by id. */
  Path sourceOf(String id) {
    try (Stream<Path> files = Files.list(versions())) {
      return files.filter(f -> f.getFileName().toString().startsWith("R" + id)).findFirst()
          .orElseThrow(() -> new AssertionError("no source for " + id + " in " + versions()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CliResult run(String... args) {
    return runIn(directory, environment, args);
  }

  /** Runs the command line in-process in {@code directory} with {@code environment}, capturing both streams as UTF-8. */
  static CliResult runIn(Path directory, Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args, o, e, directory, environment);
    }
    return new CliResult(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
