package io.retort.docs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source text of one method of a Java file, found by name and cut at its closing brace (braces
 * in strings, text blocks, character literals and comments do not count), and the same text with
 * string concatenation undone, so a message written over several {@code "..." + "..."} lines reads
 * as one.
 */
final class JavaMethodText {
  private JavaMethodText() {
  }

  /** The first method named {@code name}: from its name to its closing brace. */
  static Optional<String> of(String javaSource, String name) {
    Matcher declaration = Pattern.compile("\\bvoid\\s+" + Pattern.quote(name) + "\\s*\\(").matcher(javaSource);
    if (!declaration.find()) {
      return Optional.empty();
    }
    int open = javaSource.indexOf('{', declaration.end());
    if (open < 0) {
      return Optional.empty();
    }
    int depth = 0;
    int i = open;
    while (i < javaSource.length()) {
      char c = javaSource.charAt(i);
      if (javaSource.startsWith("\"\"\"", i)) {
        int end = javaSource.indexOf("\"\"\"", i + 3);
        i = end < 0 ? javaSource.length() : end + 3;
        continue;
      }
      if (c == '"' || c == '\'') {
        i = endOfLiteral(javaSource, i, c);
        continue;
      }
      if (javaSource.startsWith("//", i)) {
        int end = javaSource.indexOf('\n', i);
        i = end < 0 ? javaSource.length() : end;
        continue;
      }
      if (javaSource.startsWith("/*", i)) {
        int end = javaSource.indexOf("*/", i + 2);
        i = end < 0 ? javaSource.length() : end + 2;
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return Optional.of(javaSource.substring(declaration.start(), i + 1));
        }
      }
      i++;
    }
    return Optional.empty();
  }

  /**
   * The text as the messages it builds read: {@code "a " + "b"} joined to {@code "a b"}, and every
   * backslash dropped (Java escapes, and the escapes of a regular expression the test matches).
   */
  static String joined(String source) {
    return source.replaceAll("\"\\s*\\+\\s*\"", "").replace("\\", "");
  }

  private static int endOfLiteral(String source, int start, char quote) {
    int i = start + 1;
    while (i < source.length() && source.charAt(i) != quote) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }
}
