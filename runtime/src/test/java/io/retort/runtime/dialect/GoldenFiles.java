package io.retort.runtime.dialect;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares rendered text with a file under {@code src/test/resources/golden/}. A mismatch fails with
 * a line diff ({@code -} expected, {@code +} actual). Run with {@code -Dretort.updateGolden=true} to
 * write the actual text into the files instead, then review the change with {@code git diff}.
 */
final class GoldenFiles {
  private static final String ROOT = "golden/";

  private GoldenFiles() {
  }

  static void assertMatches(String resource, String actual) {
    String path = ROOT + resource;
    if (Boolean.getBoolean("retort.updateGolden")) {
      write(Path.of("src/test/resources", path), actual);
      return;
    }
    String expected = read(path);
    if (expected == null) {
      fail("golden file " + path + " is missing; run with -Dretort.updateGolden=true to create it. Actual:\n" + actual);
    }
    if (!expected.equals(actual)) {
      fail("output differs from " + path + " (- expected, + actual; -Dretort.updateGolden=true rewrites it):\n"
          + diff(expected, actual));
    }
  }

  private static String read(String path) {
    try (InputStream in = GoldenFiles.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line diff from the longest common subsequence of lines. */
  static String diff(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        lines.add("  " + a[i++]);
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        lines.add("- " + a[i++]);
      } else {
        lines.add("+ " + b[j++]);
      }
    }
    return String.join("\n", lines);
  }
}
