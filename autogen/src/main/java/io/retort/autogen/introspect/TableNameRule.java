package io.retort.autogen.introspect;

import io.retort.runtime.schema.Names;
import java.util.ArrayList;
import java.util.List;
import schemacrawler.inclusionrule.InclusionRule;

/**
 * SchemaCrawler's table inclusion rule: leaves out the version table and the tables the
 * {@link TableFilter} rejects, before their columns, keys and indexes are fetched.
 *
 * <p>SchemaCrawler tests the table's full name, quoted where it needs quotes: {@code shop."order"},
 * {@code DB.PUBLIC.PRODUCTS}, {@code shop.`order`}. The rule reads the last part of that name.
 */
final class TableNameRule implements InclusionRule {

  private static final long serialVersionUID = 1L;

  private final TableFilter filter;
  private final String versionTable;

  TableNameRule(TableFilter filter, String versionTable) {
    this.filter = filter;
    this.versionTable = versionTable;
  }

  @Override
  public boolean test(String fullName) {
    if (fullName == null) {
      return false;
    }
    String table = tableName(fullName);
    return !isVersionTable(table) && filter.accepts(table);
  }

  /** A quoted version table name must match exactly, an unquoted one in any case. */
  private boolean isVersionTable(String storedName) {
    return Names.isQuoted(versionTable)
        ? Names.unquoted(versionTable).equals(storedName)
        : versionTable.equalsIgnoreCase(storedName);
  }

  /** The last dot-separated part of a full name, without its quotes ({@code "} or {@code `}). */
  static String tableName(String fullName) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < fullName.length(); i++) {
      char c = fullName.charAt(i);
      if (quote != 0) {
        if (c == quote && i + 1 < fullName.length() && fullName.charAt(i + 1) == quote) {
          part.append(c);
          i++;
        } else if (c == quote) {
          quote = 0;
        } else {
          part.append(c);
        }
      } else if (c == '"' || c == '`') {
        quote = c;
      } else if (c == '.') {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts.get(parts.size() - 1);
  }

  @Override
  public String toString() {
    return "tables accepted by " + filter + ", without " + versionTable;
  }
}
