package io.retort.runtime.dialect;

import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings a server default to one spelling, whichever way it was written in a revision or reported
 * back by the database, so that defaults that mean the same compare equal:
 * <ul>
 *   <li>wrapping is removed: parentheses {@code (0)}, PostgreSQL casts {@code 'abc'::character varying},
 *       {@code CAST(x AS type)}, typed literals {@code DATE '2020-01-01'};</li>
 *   <li>{@code NULL} (what MariaDB reports for a nullable column without default) and PostgreSQL's
 *       {@code nextval(...)} (the identity of a serial column, compared through {@link io.retort.runtime.schema.Column#isIdentity()})
 *       are no default: null;</li>
 *   <li>numbers of numeric columns are written plainly ({@code 1.50}, {@code '1.5'}, {@code 1.5E0} are {@code 1.5});</li>
 *   <li>booleans are {@code true} or {@code false} ({@code 1}, {@code b'1'}, {@code 't'} and {@code TRUE} are {@code true});</li>
 *   <li>values of string-like columns are one standard string literal ({@code abc}, {@code 'abc'}, {@code 0} of a varchar is {@code '0'}),
 *       with the database's own escapes (MariaDB's backslashes) read;</li>
 *   <li>any other expression is lower case outside its literals with single spaces, and the synonyms of the current
 *       time are merged: {@code now()}, {@code current_timestamp()} and {@code CURRENT_TIMESTAMP} are {@code current_timestamp}.</li>
 * </ul>
 */
final class ServerDefaults {
  private static final Pattern TRAILING_TYPE = Pattern.compile(
      "[a-z_][a-z0-9_ ]*(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?( with(out)? time zone)?(\\[\\])*", Pattern.CASE_INSENSITIVE);
  private static final Pattern TYPED_LITERAL = Pattern.compile(
      "(?i)(date|time|timestamp|timestamp with time zone|time with time zone|uuid|json)\\s+(?='.*'$)");
  private static final Pattern CAST = Pattern.compile("(?is)cast\\s*\\((.*)\\s+as\\s+[a-z_][a-z0-9_ ()]*\\)");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Set<String> TRUE_SPELLINGS = Set.of("true", "t", "1", "b'1'", "y", "yes", "on");
  private static final Set<String> FALSE_SPELLINGS = Set.of("false", "f", "0", "b'0'", "n", "no", "off");
  private static final Map<String, String> SYNONYMS = Map.of(
      "now()", "current_timestamp",
      "current_timestamp()", "current_timestamp",
      "localtimestamp()", "localtimestamp",
      "current_date()", "current_date",
      "curdate()", "current_date",
      "current_time()", "current_time",
      "curtime()", "current_time");

  private final SqlScanner scanner;

  ServerDefaults(SqlSyntax syntax) {
    this.scanner = new SqlScanner(syntax);
  }

  /** The canonical spelling of {@code serverDefault} for a column of the canonical type {@code type} (null if unknown). */
  String canonical(String serverDefault, ColumnType type) {
    if (serverDefault == null) {
      return null;
    }
    String text = unwrap(serverDefault.trim());
    if (text.isEmpty() || text.equalsIgnoreCase("null") || text.toLowerCase(Locale.ROOT).startsWith("nextval(")) {
      return null;
    }
    Kind kind = type == null ? Kind.RAW : type.kind();
    boolean literal = scanner.isSingleStringLiteral(text);
    String value = literal ? scanner.stringValue(text) : text;
    if (isNumeric(kind) && NUMBER.matcher(value.trim()).matches()) {
      return new BigDecimal(value.trim()).stripTrailingZeros().toPlainString();
    }
    if (kind == Kind.BOOLEAN) {
      String spelling = value.trim().toLowerCase(Locale.ROOT);
      if (TRUE_SPELLINGS.contains(spelling)) {
        return "true";
      }
      if (FALSE_SPELLINGS.contains(spelling)) {
        return "false";
      }
    }
    if (literal || isStringLike(kind) && (NUMBER.matcher(text).matches() || isBareWord(text))) {
      return "'" + value.replace("'", "''") + "'";
    }
    return expression(text);
  }

  /** Removes parentheses around the whole text, trailing casts, CAST(.. AS ..) and typed-literal prefixes, until none is left. */
  private String unwrap(String text) {
    String previous;
    String current = text;
    do {
      previous = current;
      current = stripParentheses(current);
      current = stripTrailingCast(current);
      var cast = CAST.matcher(current);
      if (cast.matches()) {
        current = cast.group(1).trim();
      }
      var typed = TYPED_LITERAL.matcher(current);
      if (typed.lookingAt()) {
        current = current.substring(typed.end()).trim();
      }
    } while (!current.equals(previous));
    return current;
  }

  private String stripParentheses(String text) {
    if (text.length() < 2 || text.charAt(0) != '(' || matchingParenthesis(text, 0) != text.length() - 1) {
      return text;
    }
    return text.substring(1, text.length() - 1).trim();
  }

  private String stripTrailingCast(String text) {
    int cast = lastTopLevelCast(text);
    if (cast < 0 || !TRAILING_TYPE.matcher(text.substring(cast + 2).trim()).matches()) {
      return text;
    }
    return text.substring(0, cast).trim();
  }

  private int lastTopLevelCast(String text) {
    int found = -1;
    int depth = 0;
    int i = 0;
    while (i < text.length()) {
      int skipped = scanner.skipQuotedOrComment(text, i);
      if (skipped != i) {
        i = skipped;
        continue;
      }
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ':' && depth == 0 && i + 1 < text.length() && text.charAt(i + 1) == ':') {
        found = i;
        i++;
      }
      i++;
    }
    return found;
  }

  private int matchingParenthesis(String text, int open) {
    int depth = 0;
    int i = open;
    while (i < text.length()) {
      int skipped = scanner.skipQuotedOrComment(text, i);
      if (skipped != i) {
        i = skipped;
        continue;
      }
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /** Lower case and single spaces outside literals; synonyms of the current time merged. */
  private String expression(String text) {
    StringBuilder result = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int skipped = scanner.skipQuotedOrComment(text, i);
      if (skipped != i) {
        result.append(text, i, skipped);
        i = skipped;
        continue;
      }
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (result.length() > 0 && result.charAt(result.length() - 1) != ' ') {
          result.append(' ');
        }
      } else {
        result.append(Character.toLowerCase(c));
      }
      i++;
    }
    String normal = result.toString().trim().replace(" (", "(").replace("( ", "(").replace(" )", ")");
    return SYNONYMS.getOrDefault(normal, normal);
  }

  /** An unquoted word that is not a function or keyword: how old MariaDB versions report a string default. */
  private static boolean isBareWord(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return !text.contains("(") && !lower.startsWith("current_") && !lower.equals("localtimestamp")
        && !lower.equals("localtime") && !lower.equals("true") && !lower.equals("false");
  }

  private static boolean isNumeric(Kind kind) {
    return kind == Kind.SMALLINT || kind == Kind.INTEGER || kind == Kind.BIGINT || kind == Kind.NUMERIC
        || kind == Kind.REAL || kind == Kind.DOUBLE;
  }

  private static boolean isStringLike(Kind kind) {
    return kind == Kind.STRING || kind == Kind.CHAR || kind == Kind.TEXT || kind == Kind.CLOB || kind == Kind.ENUM;
  }
}
