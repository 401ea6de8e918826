package io.retort.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A directory drawn as a guide draws it:
 * <pre>
 * backend/
 * ├── retort.properties            # comments after a name are allowed
 * └── src/main/java/db/migrations/ # a chain of single directories on one line
 *     └── README.md
 * </pre>
 * Entries ending in {@code /} are directories. {@link #entries} are the files and the empty
 * directories it shows, which must be exactly those on disk.
 */
final class FileTree {
  private static final int UNIT = 4;

  private FileTree() {
  }

  /** The files and empty directories (with a trailing {@code /}) the drawing shows, relative to its first line. */
  static List<String> entries(List<String> drawing) {
    List<String> lines = drawing.stream().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty() || !name(lines.get(0)).endsWith("/")) {
      throw new IllegalArgumentException("a tree starts with its directory, e.g. 'backend/'");
    }
    List<String> stack = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      int connector = Math.max(line.indexOf("├── "), line.indexOf("└── "));
      if (connector < 0 || connector % UNIT != 0) {
        throw new IllegalArgumentException("a tree line looks like '│   ├── name': " + line);
      }
      int depth = connector / UNIT;
      if (depth > stack.size()) {
        throw new IllegalArgumentException("a tree line is indented deeper than its parent: " + line);
      }
      String parent = depth == 0 ? "" : stack.get(depth - 1);
      String path = parent + name(line.substring(connector + UNIT));
      while (stack.size() > depth) {
        stack.remove(stack.size() - 1);
      }
      if (path.endsWith("/")) {
        stack.add(path);
      }
      paths.add(path);
    }
    TreeSet<String> shown = new TreeSet<>();
    for (String path : paths) {
      boolean hasChildren = paths.stream().anyMatch(p -> !p.equals(path) && p.startsWith(path) && path.endsWith("/"));
      if (!path.endsWith("/") || !hasChildren) {
        shown.add(path);
      }
    }
    return List.copyOf(shown);
  }

  /** The files and empty directories under {@code directory}, as {@link #entries} names them. */
  static List<String> onDisk(Path directory) {
    TreeSet<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.toList()) {
        if (file.equals(directory)) {
          continue;
        }
        String relative = directory.relativize(file).toString().replace('\\', '/');
        if (Files.isRegularFile(file)) {
          found.add(relative);
        } else if (Files.isDirectory(file) && isEmpty(file)) {
          found.add(relative + "/");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(found);
  }

  private static boolean isEmpty(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    }
  }

  /** A name without the drawing's comment ({@code #...} after spaces). */
  private static String name(String text) {
    int comment = text.indexOf(" #");
    return (comment < 0 ? text : text.substring(0, comment)).strip();
  }
}
