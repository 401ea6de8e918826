package io.retort.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares what a guide shows with what really happened. Both sides are normalised the same way
 * first: line ends, trailing spaces on each line, blank lines at the start and the end, and every
 * timestamp ({@code 2026-11-26 10:00:00}, as in {@code Create Date:}) stands for any timestamp. The
 * actual side has the workspace already written as {@link Workspace#SHOWN_ROOT}. Nothing else is
 * loosened: revision ids are the real ones, because the run gives new revisions the ids the guide shows.
 */
final class OutputMatcher {
  /** What any timestamp is compared as. */
  static final String ANY_TIMESTAMP = "<timestamp>";
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

  private OutputMatcher() {
  }

  static String normalise(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      lines.add(TIMESTAMP.matcher(line.stripTrailing()).replaceAll(ANY_TIMESTAMP));
    }
    int start = 0;
    while (start < lines.size() && lines.get(start).isEmpty()) {
      start++;
    }
    int end = lines.size();
    while (end > start && lines.get(end - 1).isEmpty()) {
      end--;
    }
    return String.join("\n", lines.subList(start, end));
  }

  static boolean matches(String expected, String actual) {
    return normalise(expected).equals(normalise(actual));
  }

  /** Fails with both texts, the actual one as it would be pasted into the guide, when they differ. */
  static void assertMatches(String what, String expected, String actual) {
    if (!matches(expected, actual)) {
      throw new AssertionError(what + " differs from the guide.\n--- the guide shows:\n" + normalise(expected)
          + "\n--- the run gave:\n" + actual.stripTrailing() + "\n--- first difference: " + firstDifference(expected, actual));
    }
  }

  /** The dedented lines of {@code excerpt} appear in one run among the lines of {@code text}, each run dedented alike. */
  static boolean containsExcerpt(String text, String excerpt) {
    List<String> wanted = dedent(normalise(excerpt).lines().toList());
    List<String> lines = normalise(text).lines().toList();
    for (int i = 0; i + wanted.size() <= lines.size(); i++) {
      if (dedent(lines.subList(i, i + wanted.size())).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  static List<String> dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      result.add(line.isBlank() ? "" : line.substring(indent == Integer.MAX_VALUE ? 0 : indent));
    }
    return result;
  }

  private static String firstDifference(String expected, String actual) {
    List<String> e = normalise(expected).lines().toList();
    List<String> a = normalise(actual).lines().toList();
    for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
      String left = i < e.size() ? e.get(i) : "(nothing)";
      String right = i < a.size() ? a.get(i) : "(nothing)";
      if (!left.equals(right)) {
        return "line " + (i + 1) + ": guide '" + left + "' vs run '" + right + "'";
      }
    }
    return "none";
  }
}
