package io.retort.runtime.config;

import io.retort.runtime.RetortException;
import io.retort.runtime.text.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which keys {@code retort.properties} may hold: {@link RetortConfig#KEYS}, {@code hibernate.*},
 * {@code naming_convention.ix/uq/ck/fk}, and, when {@code databases = a, b} declares several
 * databases, each of those (but {@code databases}) prefixed by a declared name ({@code a.url}). An
 * unknown key is refused with the nearest known key as a suggestion.
 */
final class ConfigKeys {
  static final String DATABASES = "databases";

  private static final Set<String> NAMING_KEYS = Set.of("ix", "uq", "ck", "fk");
  private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Set<String> RESERVED_NAMES = Set.of("hibernate", "naming_convention");

  private ConfigKeys() {
  }

  /** The names {@code databases=} declares (empty when the key is absent), checked. */
  static List<String> databaseNames(String value, String origin) {
    if (value == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    Set<String> upperCase = new TreeSet<>();
    for (String raw : value.split(",")) {
      String name = raw.trim();
      if (name.isEmpty()) {
        continue;
      }
      if (!DATABASE_NAME.matcher(name).matches() || RESERVED_NAMES.contains(name)) {
        throw new RetortException("Invalid database name '" + name + "' in 'databases' in " + origin + ": use letters, digits "
            + "and '_', starting with a letter (not hibernate or naming_convention)");
      }
      if (!upperCase.add(name.toUpperCase(Locale.ROOT))) {
        throw new RetortException("'databases' in " + origin + " names '" + name + "' twice (names are compared ignoring case, "
            + "as in DATABASE_URL_" + name.toUpperCase(Locale.ROOT) + ")");
      }
      names.add(name);
    }
    if (names.isEmpty()) {
      throw new RetortException("'databases' in " + origin + " is empty: list the database names (databases = main, analytics), "
          + "or remove the key for a single database");
    }
    return List.copyOf(names);
  }

  /** Refuses a key that is none of the known ones. */
  static void check(String key, List<String> databases, String origin) {
    int dot = key.indexOf('.');
    String prefix = dot > 0 ? key.substring(0, dot) : null;
    if (prefix != null && databases.contains(prefix)) {
      String rest = key.substring(dot + 1);
      if (isPerDatabaseKey(rest)) {
        return;
      }
      throw unknown(key, origin, nearest(rest) == null ? null : prefix + "." + nearest(rest), databases);
    }
    if (isKnown(key)) {
      return;
    }
    if (prefix != null && isPerDatabaseKey(key.substring(dot + 1))) {
      throw new RetortException("Unknown key '" + key + "' in " + origin + ": '" + prefix + "' is not a database listed in "
          + "'databases' (" + (databases.isEmpty() ? "there is no such key; declare the databases with databases = "
          + prefix + ", ... to configure several" : String.join(", ", databases)) + ")");
    }
    throw unknown(key, origin, nearest(key), databases);
  }

  private static boolean isPerDatabaseKey(String key) {
    return !key.equals(DATABASES) && isKnown(key);
  }

  private static boolean isKnown(String key) {
    if (RetortConfig.KEYS.contains(key) || key.startsWith("hibernate.")) {
      return true;
    }
    return key.startsWith("naming_convention.") && NAMING_KEYS.contains(key.substring("naming_convention.".length()));
  }

  private static RetortException unknown(String key, String origin, String suggestion, List<String> databases) {
    return new RetortException("Unknown key '" + key + "' in " + origin
        + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
        + " (known keys: " + String.join(", ", new TreeSet<>(RetortConfig.KEYS)) + ", naming_convention.ix/uq/ck/fk, hibernate.*"
        + (databases.isEmpty() ? "" : "; each but databases also as NAME.KEY for NAME in " + String.join(", ", databases)) + ")");
  }

  private static String nearest(String key) {
    return RetortConfig.KEYS.stream().filter(k -> EditDistance.between(k, key) <= Math.max(2, key.length() / 4))
        .min(Comparator.comparingInt((String k) -> EditDistance.between(k, key)).thenComparing(k -> k)).orElse(null);
  }
}
