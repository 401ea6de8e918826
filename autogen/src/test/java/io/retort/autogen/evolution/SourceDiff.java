package io.retort.autogen.evolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A line diff of two versions of the entity sources, file by file, for failure messages. */
final class SourceDiff {
  private SourceDiff() {
  }

  static String of(Map<String, String> before, Map<String, String> after) {
    StringBuilder out = new StringBuilder();
    TreeSet<String> files = new TreeSet<>(before.keySet());
    files.addAll(after.keySet());
    for (String file : files) {
      String a = before.get(file);
      String b = after.get(file);
      if (a != null && a.equals(b)) {
        continue;
      }
      out.append(a == null ? "+++ new " : b == null ? "--- removed " : "*** changed ").append(file).append('\n');
      lines(a == null ? List.of() : a.lines().toList(), b == null ? List.of() : b.lines().toList(), out);
    }
    return out.toString();
  }

  /** A longest-common-subsequence diff: {@code -} removed, {@code +} added, two spaces kept. */
  private static void lines(List<String> a, List<String> b, StringBuilder out) {
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        lines.add("  " + a.get(i));
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        lines.add("+ " + b.get(j++));
      } else {
        lines.add("- " + a.get(i++));
      }
    }
    lines.forEach(l -> out.append(l).append('\n'));
  }
}
