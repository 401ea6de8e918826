package io.retort.runtime.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A native type spelling split into its base name and its arguments:
 * {@code "timestamp(3) with time zone"} is base {@code "timestamp with time zone"} with arguments
 * {@code [3]}, {@code "int(10) unsigned"} is {@code "int unsigned"} with {@code [10]}, and
 * {@code "enum('A','B')"} is {@code "enum"} with the arguments {@code 'A'} and {@code 'B'} as written.
 * The base is lower case with single spaces.
 */
record NativeTypeName(String base, List<String> arguments) {

  NativeTypeName {
    arguments = List.copyOf(arguments);
  }

  static NativeTypeName parse(String spelling) {
    String text = spelling.trim();
    int open = text.indexOf('(');
    if (open < 0) {
      return new NativeTypeName(normalise(text), List.of());
    }
    int close = closingParenthesis(text, open);
    if (close < 0) {
      return new NativeTypeName(normalise(text), List.of());
    }
    String base = normalise(text.substring(0, open) + " " + text.substring(close + 1));
    return new NativeTypeName(base, splitArguments(text.substring(open + 1, close)));
  }

  /** Lower case, one space between words, no space before {@code (} or around {@code ,}. */
  static String normalise(String spelling) {
    return spelling.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
        .replaceAll("\\s*\\(\\s*", "(").replaceAll("\\s*\\)", ")").replaceAll("\\s*,\\s*", ",");
  }

  boolean hasArguments() {
    return !arguments.isEmpty();
  }

  /** The {@code index}th argument as a number, or {@code fallback} when it is missing or not a number. */
  Integer number(int index, Integer fallback) {
    if (index >= arguments.size()) {
      return fallback;
    }
    try {
      return Integer.valueOf(arguments.get(index).trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The arguments read as SQL string literals ({@code 'it''s'} is {@code it's}), for enumerations. */
  List<String> stringArguments() {
    List<String> values = new ArrayList<>();
    for (String argument : arguments) {
      String a = argument.trim();
      if (a.length() >= 2 && a.startsWith("'") && a.endsWith("'")) {
        values.add(a.substring(1, a.length() - 1).replace("''", "'").replace("\\\\", "\\"));
      } else {
        values.add(a);
      }
    }
    return values;
  }

  private static int closingParenthesis(String text, int open) {
    boolean quoted = false;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == ')' && !quoted) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> splitArguments(String inside) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        result.add(current.toString().trim());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank()) {
      result.add(current.toString().trim());
    }
    return result;
  }
}
