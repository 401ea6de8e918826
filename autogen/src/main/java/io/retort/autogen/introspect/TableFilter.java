package io.retort.autogen.introspect;

import io.retort.runtime.schema.Names;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which tables autogenerate looks at, by name (Alembic's {@code include_name}): a table is read when
 * it matches one of {@code include} (or {@code include} is empty) and none of {@code exclude}.
 *
 * <p>A pattern is a table name in which {@code *} stands for any run of characters and {@code ?} for
 * one character: {@code legacy_*}, {@code audit_??}. Patterns compare as {@link Names} do: an
 * unquoted pattern ignores case, a pattern in double quotes ({@code "\"Audit\""}) is case-sensitive.
 *
 * @param include patterns of the tables to read; empty reads every table
 * @param exclude patterns of the tables to leave out
 */
public record TableFilter(List<String> include, List<String> exclude) implements Serializable {

  private static final long serialVersionUID = 1L;

  public TableFilter {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    for (String pattern : include) {
      requireText(pattern);
    }
    for (String pattern : exclude) {
      requireText(pattern);
    }
  }

  /** Every table. */
  public static TableFilter all() {
    return new TableFilter(List.of(), List.of());
  }

  /** Only the tables matching one of {@code patterns}. */
  public static TableFilter including(String... patterns) {
    return new TableFilter(List.of(patterns), List.of());
  }

  /** This filter, also leaving out the tables matching one of {@code patterns}. */
  public TableFilter excluding(String... patterns) {
    List<String> more = new ArrayList<>(exclude);
    more.addAll(List.of(patterns));
    return new TableFilter(include, more);
  }

  /** Whether the table named {@code tableName} (as stored, or written as in a revision) is read. */
  public boolean accepts(String tableName) {
    boolean included = include.isEmpty() || include.stream().anyMatch(p -> matches(p, tableName));
    return included && exclude.stream().noneMatch(p -> matches(p, tableName));
  }

  private static boolean matches(String pattern, String tableName) {
    boolean caseSensitive = Names.isQuoted(pattern);
    String name = Names.unquoted(tableName);
    String glob = Names.unquoted(pattern);
    if (!caseSensitive) {
      name = name.toLowerCase(Locale.ROOT);
      glob = glob.toLowerCase(Locale.ROOT);
    }
    return globToRegex(glob).matcher(name).matches();
  }

  private static Pattern globToRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static void requireText(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("a table filter pattern must not be blank");
    }
  }
}
