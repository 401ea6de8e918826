package io.retort.autogen.flyway;

import io.retort.autogen.render.Slug;
import io.retort.runtime.RetortException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The SQL migrations in a project's Flyway locations, read from their file names as Flyway reads them
 * with its default naming: {@code V<version>__<description>.sql} (versioned), {@code U<version>__...}
 * (undo), {@code B<version>__...} (baseline), in the location folders and their subfolders. Repeatable
 * migrations ({@code R__...}) and other files have no version and are left out.
 *
 * @param locations the folders, the first being where new migrations are written
 * @param files the migration files found, ordered by version, then kind, then path
 */
public record FlywayMigrations(List<Path> locations, List<File> files) {
  /** The longest slug of a new file name, as for revision classes. */
  public static final int MAX_SLUG_LENGTH = 40;
  /** The description of a new file whose message has no ASCII letters or digits (a Korean one). */
  public static final String FALLBACK_SLUG = "migration";

  public FlywayMigrations {
    locations = List.copyOf(locations);
    files = List.copyOf(files);
    if (locations.isEmpty()) {
      throw new IllegalArgumentException("at least one location");
    }
  }

  /**
   * One migration file.
   *
   * @param prefix {@code V}, {@code U} or {@code B}
   */
  public record File(char prefix, FlywayVersion version, String description, Path path) {
    public boolean isVersioned() {
      return prefix == 'V';
    }

    public String name() {
      return path.getFileName().toString();
    }
  }

  /** Reads the locations; a folder that does not exist has no migrations. */
  public static FlywayMigrations scan(List<Path> locations) {
    List<File> files = new ArrayList<>();
    for (Path location : locations) {
      if (!Files.isDirectory(location)) {
        continue;
      }
      try (Stream<Path> paths = Files.walk(location)) {
        paths.filter(Files::isRegularFile).forEach(path -> parse(path).ifPresent(files::add));
      } catch (IOException | UncheckedIOException e) {
        throw new RetortException("Cannot read the Flyway location " + location + ": " + e.getMessage(), e);
      }
    }
    files.sort(Comparator.comparing(File::version).thenComparing(File::prefix).thenComparing(File::path));
    return new FlywayMigrations(locations, files);
  }

  /** The migration a file name stands for, if it is {@code V|U|B<version>__<description>.sql}. */
  static Optional<File> parse(Path path) {
    String name = path.getFileName().toString();
    if (name.length() < 2 || "VUB".indexOf(name.charAt(0)) < 0 || !name.endsWith(".sql")) {
      return Optional.empty();
    }
    int separator = name.indexOf("__");
    if (separator < 0) {
      return Optional.empty();
    }
    String version = name.substring(1, separator);
    if (!FlywayVersion.isVersion(version)) {
      return Optional.empty();
    }
    String description = name.substring(separator + 2, name.length() - ".sql".length()).replace('_', ' ');
    return Optional.of(new File(name.charAt(0), FlywayVersion.parse(version), description, path));
  }

  /** Where new migrations go: the first location. */
  public Path target() {
    return locations.get(0);
  }

  /** The versioned ({@code V}) migrations, by version. */
  public List<File> versioned() {
    return files.stream().filter(File::isVersioned).toList();
  }

  /** The highest version of any migration file (versioned, undo or baseline), if there is one. */
  public Optional<FlywayVersion> highest() {
    return files.stream().map(File::version).max(Comparator.naturalOrder());
  }

  /**
   * The version of a new migration: one whole version above the highest of the files and of
   * {@code applied} (the highest version Flyway's history records, which may come from a Java
   * migration that is no file here); {@code 1} when there is neither.
   */
  public FlywayVersion next(Optional<FlywayVersion> applied) {
    Optional<FlywayVersion> highest = highest();
    if (applied.isPresent() && (highest.isEmpty() || applied.get().compareTo(highest.get()) > 0)) {
      highest = applied;
    }
    return highest.map(FlywayVersion::nextMajor).orElse(FlywayVersion.of(1));
  }

  /**
   * The file name of a new migration: {@code V2__add_product_description.sql}; the slug is the
   * message's first line in ASCII words, or {@value #FALLBACK_SLUG} when it has none.
   *
   * @param prefix {@code V} or {@code U}
   */
  public static String fileName(char prefix, FlywayVersion version, String message) {
    String slug = Slug.of(message, MAX_SLUG_LENGTH);
    return prefix + version.fileText() + "__" + (slug.isEmpty() ? FALLBACK_SLUG : slug) + ".sql";
  }
}
