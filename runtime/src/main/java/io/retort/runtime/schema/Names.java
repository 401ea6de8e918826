package io.retort.runtime.schema;

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

  /** The key a name is compared and looked up by. */
  public static String key(String name) {
    return isQuoted(name) ? unquoted(name) : name.toLowerCase(Locale.ROOT);
  }

  public static boolean same(String a, String b) {
    return a != null && b != null && key(a).equals(key(b));
  }
}
