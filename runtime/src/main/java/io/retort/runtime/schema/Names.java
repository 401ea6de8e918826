package io.retort.runtime.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How identifiers compare. Names are written as unquoted SQL identifiers and so compare without
 * regard to case; a name written in double quotes ({@code "\"MixedCase\""}) is case-sensitive.
 */
public final class Names {
  private Names() {
  }

  public static boolean isQuoted(String name) {
    return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"");
  }

  public static String unquoted(String name) {
    return isQuoted(name) ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
  }

  /**
   * The dot-separated parts of a qualified name ({@code inventory.stock_items}); a dot inside double
   * quotes belongs to its part. An unqualified name is its only part.
   */
  public static List<String> parts(String name) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean inQuotes = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"') {
        inQuotes = !inQuotes;
      }
      if (c == '.' && !inQuotes) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }

  /** The schema of a qualified name ({@code inventory} of {@code inventory.stock_items}), or null. */
  public static String schemaOf(String name) {
    List<String> parts = parts(name);
    return parts.size() > 1 ? parts.get(parts.size() - 2) : null;
  }

  /** The key a name is compared and looked up by. */
  public static String key(String name) {
    return isQuoted(name) ? unquoted(name) : name.toLowerCase(Locale.ROOT);
  }

  public static boolean same(String a, String b) {
    return a != null && b != null && key(a).equals(key(b));
  }
}
