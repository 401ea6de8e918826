package io.retort.runtime.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads SQL text the way the database does, as far as quoting goes: it knows where string
 * literals, quoted identifiers and comments begin and end, so callers can act only on the text
 * outside them (find {@code ?} parameters, strip casts, fold case).
 */
final class SqlScanner {
  private final SqlSyntax syntax;

  SqlScanner(SqlSyntax syntax) {
    this.syntax = syntax;
  }

  /**
   * If a string literal, quoted identifier or comment starts at {@code start}, the index just after
   * its end; otherwise {@code start}. An unterminated one runs to the end of the text.
   */
  int skipQuotedOrComment(String sql, int start) {
    char c = sql.charAt(start);
    char next = start + 1 < sql.length() ? sql.charAt(start + 1) : '\0';
    if (c == '\'') {
      return endOfQuoted(sql, start, '\'', syntax.backslashEscapes());
    }
    if (c == '"') {
      return endOfQuoted(sql, start, '"', syntax.doubleQuotedStrings() && syntax.backslashEscapes());
    }
    if (c == '`' && syntax.backtickIdentifiers()) {
      return endOfQuoted(sql, start, '`', false);
    }
    if ((c == 'E' || c == 'e') && next == '\'' && syntax.escapedStrings() && !partOfWord(sql, start)) {
      return endOfQuoted(sql, start + 1, '\'', true);
    }
    if (c == '-' && next == '-' || c == '#' && syntax.hashComments()) {
      int end = sql.indexOf('\n', start);
      return end < 0 ? sql.length() : end + 1;
    }
    if (c == '/' && next == '*') {
      return endOfBlockComment(sql, start);
    }
    if (c == '$' && syntax.dollarQuotes()) {
      return endOfDollarQuoted(sql, start);
    }
    return start;
  }

  /** The positions of the {@code ?} parameters: those outside literals, quoted identifiers and comments. */
  List<Integer> parameterPositions(String sql) {
    List<Integer> positions = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      int skipped = skipQuotedOrComment(sql, i);
      if (skipped != i) {
        i = skipped;
        continue;
      }
      if (sql.charAt(i) == '?') {
        if (syntax.doubledQuestionMark() && i + 1 < sql.length() && sql.charAt(i + 1) == '?') {
          i += 2;
          continue;
        }
        positions.add(i);
      }
      i++;
    }
    return positions;
  }

  /** Whether the whole text is one string literal, e.g. {@code 'it''s'}. */
  boolean isSingleStringLiteral(String sql) {
    return !sql.isEmpty() && sql.charAt(0) == '\'' && skipQuotedOrComment(sql, 0) == sql.length()
        && sql.length() >= 2 && sql.charAt(sql.length() - 1) == '\'';
  }

  /** The value of a string literal that {@link #isSingleStringLiteral} accepted. */
  String stringValue(String literal) {
    StringBuilder value = new StringBuilder();
    for (int i = 1; i < literal.length() - 1; i++) {
      char c = literal.charAt(i);
      if (c == '\'' && literal.charAt(i + 1) == '\'') {
        value.append('\'');
        i++;
      } else if (c == '\\' && syntax.backslashEscapes()) {
        i++;
        value.append(unescape(literal.charAt(i)));
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }

  private static char unescape(char c) {
    return switch (c) {
      case '0' -> '\0';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'b' -> '\b';
      case 'Z' -> '\u001a';
      default -> c;
    };
  }

  private static boolean partOfWord(String sql, int index) {
    return index > 0 && (Character.isLetterOrDigit(sql.charAt(index - 1)) || sql.charAt(index - 1) == '_');
  }

  private static int endOfQuoted(String sql, int start, char quote, boolean backslashEscapes) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
        continue;
      }
      if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private int endOfBlockComment(String sql, int start) {
    int depth = 0;
    int i = start;
    while (i < sql.length() - 1) {
      if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
        depth = syntax.nestedBlockComments() || depth == 0 ? depth + 1 : depth;
        i += 2;
      } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  private static int endOfDollarQuoted(String sql, int start) {
    if (partOfWord(sql, start)) {
      return start;
    }
    int tagEnd = start + 1;
    while (tagEnd < sql.length() && (Character.isLetterOrDigit(sql.charAt(tagEnd)) || sql.charAt(tagEnd) == '_')) {
      tagEnd++;
    }
    if (tagEnd >= sql.length() || sql.charAt(tagEnd) != '$' || tagEnd > start + 1 && Character.isDigit(sql.charAt(start + 1))) {
      return start; // $1 positional parameter or a lone dollar sign
    }
    String tag = sql.substring(start, tagEnd + 1);
    int close = sql.indexOf(tag, tagEnd + 1);
    return close < 0 ? sql.length() : close + tag.length();
  }
}
