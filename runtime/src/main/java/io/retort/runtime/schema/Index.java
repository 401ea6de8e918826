package io.retort.runtime.schema;

import java.util.List;

/** An index on a table; {@code name} null lets the naming convention choose. */
public record Index(String name, List<String> columns, boolean unique) implements TableElement {
  public Index {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("an index needs at least one column");
    }
  }

  public Index named(String newName) {
    return new Index(newName, columns, unique);
  }
}
