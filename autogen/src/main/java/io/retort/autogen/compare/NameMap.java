package io.retort.autogen.compare;

import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.Names;
import java.util.HashMap;
import java.util.Map;

/**
 * New names for tables and columns of the database model, keyed by their database names: the confirmed
 * renames, plus the entities' spelling of names that already agree ({@code PRODUCTS} becomes
 * {@code products}), so operations read as the entities are written. A renamed column can also be given
 * its whole new definition (the column after its {@code AlterColumn}).
 */
final class NameMap {
  private final Map<String, String> tables = new HashMap<>();
  private final Map<String, Map<String, String>> columns = new HashMap<>();
  private final Map<String, Map<String, Column>> redefined = new HashMap<>();

  void table(String currentName, String newName) {
    tables.put(Names.key(currentName), newName);
  }

  void column(String currentTable, String currentColumn, String newName) {
    columns.computeIfAbsent(Names.key(currentTable), k -> new HashMap<>()).put(Names.key(currentColumn), newName);
  }

  /** The column {@code currentColumn} of {@code currentTable} becomes {@code after}, name included. */
  void redefine(String currentTable, String currentColumn, Column after) {
    column(currentTable, currentColumn, after.name());
    redefined.computeIfAbsent(Names.key(currentTable), k -> new HashMap<>()).put(Names.key(currentColumn), after);
  }

  String tableName(String currentName) {
    return tables.getOrDefault(Names.key(currentName), currentName);
  }

  String columnName(String currentTable, String currentColumn) {
    return columns.getOrDefault(Names.key(currentTable), Map.of()).getOrDefault(Names.key(currentColumn), currentColumn);
  }

  /** The new definition of a renamed column, or the column renamed as the map says. */
  Column column(String currentTable, Column column) {
    Column after = redefined.getOrDefault(Names.key(currentTable), Map.of()).get(Names.key(column.name()));
    return after != null ? after : column.withName(columnName(currentTable, column.name()));
  }
}
