package io.retort.runtime.ops;

import io.retort.runtime.schema.ForeignKey;
import java.util.Optional;

/** Adds a foreign key to a table. */
public record CreateForeignKey(String table, ForeignKey foreignKey) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.of(new DropConstraint(table, foreignKey.name(), foreignKey));
  }

  @Override
  public String describe() {
    return "added foreign key '" + foreignKey.name() + "' on '" + table + "' " + foreignKey.columns()
        + " -> '" + foreignKey.referencedTable() + "' " + foreignKey.referencedColumns();
  }
}
