package io.retort.autogen.compare;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises check conditions so the text a database reports back compares equal to the text the
 * entities declare. PostgreSQL, for one, turns {@code status in ('A','B')} into
 * {@code ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))} and
 * {@code price >= 0} into {@code (price >= (0)::numeric)}; H2 quotes and upper-cases names.
 *
 * <p>The normal form is lossy on purpose (case, quotes, casts, parentheses and white space are
 * dropped), because a missed difference is cheaper than a drop and re-create on every run. It is only
 * used to match constraints, never written anywhere.
 */
final class CheckConditions {
  private static final Pattern CAST = Pattern.compile(
      "::\\s*[a-z_][a-z0-9_]*(?:\\s+(?:varying|precision|without\\s+time\\s+zone|with\\s+time\\s+zone))?"
          + "(?:\\s*\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?(?:\\s*\\[\\])*");
  private static final Pattern BETWEEN = Pattern.compile(
      "([a-z_][a-z0-9_.]*)\\s+between\\s+(\\S+)\\s+and\\s+(\\S+)");
  private static final Pattern ANY_ARRAY = Pattern.compile("=\\s*any\\s*array\\s*\\[([^\\]]*)\\]");
  private static final Pattern JSON_VALID = Pattern.compile("json_valid[a-z0-9_$]+");

  private CheckConditions() {
  }

  static String normalise(String condition) {
    String s = condition.toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "");
    s = CAST.matcher(s).replaceAll("");
    s = s.replace("(", " ").replace(")", " ");
    s = BETWEEN.matcher(s).replaceAll("$1 >= $2 and $1 <= $3");
    s = ANY_ARRAY.matcher(s).replaceAll(" in $1");
    s = s.replace("!=", "<>");
    return s.replaceAll("\\s+", "");
  }

  /** Whether the condition is MariaDB's own {@code json_valid(col)} check that comes with a JSON column. */
  static boolean isJsonValidCheck(String condition) {
    return JSON_VALID.matcher(normalise(condition)).matches();
  }
}
