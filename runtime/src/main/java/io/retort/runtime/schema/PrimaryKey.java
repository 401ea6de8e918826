package io.retort.runtime.schema;

import java.util.List;

/** A primary key. Its name is optional: databases name it themselves and Retort does not compare it. */
public record PrimaryKey(String name, List<String> columns) implements TableElement {
  public PrimaryKey {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a primary key needs at least one column");
    }
  }

  public PrimaryKey named(String newName) {
    return new PrimaryKey(newName, columns);
  }
}
