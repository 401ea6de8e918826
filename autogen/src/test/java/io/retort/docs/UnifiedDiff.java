package io.retort.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unified diff of one file as a guide shows an edit ({@code --- a/PATH}, {@code +++ b/PATH},
 * hunks). {@link #apply} applies it strictly, as {@code git apply} without fuzz: every hunk's
 * context and removed lines must be in the file at the line its header names.
 *
 * @param path the file, relative to the directory the guide is in ({@code a/} and {@code b/} dropped)
 * @param hunks the changes, in file order
 */
record UnifiedDiff(String path, List<Hunk> hunks) {
  private static final Pattern HEADER = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*$");

  /**
   * One hunk.
   *
   * @param oldStart the 1-based line its old lines start at
   * @param newStart the 1-based line its new lines start at
   * @param oldLines context and removed lines
   * @param newLines context and added lines
   */
  record Hunk(int oldStart, int newStart, List<String> oldLines, List<String> newLines) {
  }

  UnifiedDiff {
    hunks = List.copyOf(hunks);
  }

  static UnifiedDiff parse(List<String> lines) {
    if (lines.size() < 3 || !lines.get(0).startsWith("--- ") || !lines.get(1).startsWith("+++ ")) {
      throw new IllegalArgumentException("a diff block starts with '--- a/PATH' and '+++ b/PATH'");
    }
    String oldPath = stripPrefix(lines.get(0).substring(4).strip(), "a/");
    String newPath = stripPrefix(lines.get(1).substring(4).strip(), "b/");
    if (!oldPath.equals(newPath)) {
      throw new IllegalArgumentException("a diff block edits one file; it names " + oldPath + " and " + newPath);
    }
    List<Hunk> hunks = new ArrayList<>();
    int i = 2;
    while (i < lines.size()) {
      Matcher header = HEADER.matcher(lines.get(i));
      if (!header.matches()) {
        throw new IllegalArgumentException("expected a hunk header '@@ -L,N +L,N @@', got: " + lines.get(i));
      }
      int oldCount = header.group(2) == null ? 1 : Integer.parseInt(header.group(2));
      int newCount = header.group(4) == null ? 1 : Integer.parseInt(header.group(4));
      List<String> oldLines = new ArrayList<>();
      List<String> newLines = new ArrayList<>();
      i++;
      while (i < lines.size() && !lines.get(i).startsWith("@@")) {
        String line = lines.get(i);
        char kind = line.isEmpty() ? ' ' : line.charAt(0);
        String text = line.isEmpty() ? "" : line.substring(1);
        if (kind == ' ') {
          oldLines.add(text);
          newLines.add(text);
        } else if (kind == '-') {
          oldLines.add(text);
        } else if (kind == '+') {
          newLines.add(text);
        } else {
          throw new IllegalArgumentException("a hunk line starts with ' ', '-' or '+': " + line);
        }
        i++;
      }
      if (oldLines.size() != oldCount || newLines.size() != newCount) {
        throw new IllegalArgumentException("the hunk '" + header.group() + "' has " + oldLines.size() + " old and "
            + newLines.size() + " new lines");
      }
      hunks.add(new Hunk(Integer.parseInt(header.group(1)), Integer.parseInt(header.group(3)), oldLines, newLines));
    }
    if (hunks.isEmpty()) {
      throw new IllegalArgumentException("a diff block without hunks");
    }
    return new UnifiedDiff(oldPath, hunks);
  }

  /** The file's lines after the edit; fails naming the hunk that does not fit. */
  List<String> apply(List<String> original) {
    List<String> result = new ArrayList<>();
    int next = 0;
    int offset = 0;
    for (Hunk hunk : hunks) {
      int start = hunk.oldStart() - 1;
      if (hunk.oldLines().isEmpty()) {
        start = hunk.oldStart();
      }
      if (start < next || start + hunk.oldLines().size() > original.size()
          || !original.subList(start, start + hunk.oldLines().size()).equals(hunk.oldLines())) {
        throw new AssertionError("the diff of " + path + " does not apply at line " + hunk.oldStart() + " (the file changed?): "
            + "expected there:\n" + String.join("\n", hunk.oldLines()) + "\nfound" + whereFound(original, hunk.oldLines()));
      }
      if (hunk.newStart() != hunk.oldStart() + offset) {
        throw new AssertionError("the diff of " + path + " says the hunk at old line " + hunk.oldStart() + " starts at new line "
            + hunk.newStart() + ", but it does at " + (hunk.oldStart() + offset));
      }
      result.addAll(original.subList(next, start));
      result.addAll(hunk.newLines());
      next = start + hunk.oldLines().size();
      offset += hunk.newLines().size() - hunk.oldLines().size();
    }
    result.addAll(original.subList(next, original.size()));
    return result;
  }

  private static String whereFound(List<String> original, List<String> wanted) {
    for (int i = 0; i + wanted.size() <= original.size(); i++) {
      if (original.subList(i, i + wanted.size()).equals(wanted)) {
        return " those lines at line " + (i + 1) + " instead";
      }
    }
    return " those lines nowhere in the file";
  }

  private static String stripPrefix(String path, String prefix) {
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }
}
