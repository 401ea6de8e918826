package io.retort.autogen.compare;

import io.retort.runtime.schema.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The renames the user confirmed ({@code --rename products.title=name}, or a rename hint on an entity),
 * parsed from {@link ComparisonOptions#renames()}, and which of them were used. A key with a dot names a
 * column ({@code products.title}, the table by its old or new name); a key without one names a table. A
 * value may repeat the table ({@code products.name}); only its last part counts.
 */
final class ConfirmedRenames {

  /** {@code old_items=items}. */
  record TableRename(String option, String from, String to) {
  }

  /** {@code products.title=name}. */
  record ColumnRename(String option, String table, String from, String to) {
  }

  private final List<TableRename> tables = new ArrayList<>();
  private final List<ColumnRename> columns = new ArrayList<>();
  /** option -> why it was not used; removed when used. Sorted, so the report is deterministic. */
  private final Map<String, String> unused = new TreeMap<>();

  private ConfirmedRenames() {
  }

  static ConfirmedRenames parse(Map<String, String> renames) {
    ConfirmedRenames parsed = new ConfirmedRenames();
    new TreeMap<>(renames).forEach((key, value) -> parsed.add(key.strip(), value.strip()));
    return parsed;
  }

  private void add(String key, String value) {
    String option = key + "=" + value;
    String to = lastPart(value);
    int dot = unquotedDot(key);
    if (dot < 0) {
      tables.add(new TableRename(option, key, to));
      unused.put(option, "table '" + key + "' was not renamed: it must exist in the database only and '" + to
          + "' in the entities only");
    } else {
      String table = key.substring(0, dot);
      String from = key.substring(dot + 1);
      columns.add(new ColumnRename(option, table, from, to));
      unused.put(option, "no table '" + table + "' is in both the database and the entities");
    }
  }

  List<TableRename> tables() {
    return List.copyOf(tables);
  }

  /** The column renames given for a table known by either of two names (old and new). */
  List<ColumnRename> columnsOf(String currentTable, String targetTable) {
    return columns.stream()
        .filter(c -> Names.same(c.table(), currentTable) || Names.same(c.table(), targetTable))
        .toList();
  }

  void used(String option) {
    unused.remove(option);
  }

  /** Records why a rename that was looked at did not apply. */
  void rejected(String option, String reason) {
    if (unused.containsKey(option)) {
      unused.put(option, reason);
    }
  }

  /** {@code products.title=name: column 'products.title' is not in the database}, one per unused rename. */
  List<String> unused() {
    return unused.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
  }

  private static String lastPart(String name) {
    String rest = name;
    int dot;
    while ((dot = unquotedDot(rest)) >= 0) {
      rest = rest.substring(dot + 1);
    }
    return rest;
  }

  /** The first dot outside double quotes, or -1. */
  private static int unquotedDot(String text) {
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        return i;
      }
    }
    return -1;
  }
}
