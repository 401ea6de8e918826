package io.retort.runtime.schema;

import java.util.List;

/** A unique constraint; {@code name} null lets the naming convention choose. */
public record UniqueConstraint(String name, List<String> columns) implements Constraint, TableElement {
  public UniqueConstraint {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a unique constraint needs at least one column");
    }
  }

  @Override
  public ConstraintKind kind() {
    return ConstraintKind.UNIQUE;
  }

  public UniqueConstraint named(String newName) {
    return new UniqueConstraint(newName, columns);
  }
}
