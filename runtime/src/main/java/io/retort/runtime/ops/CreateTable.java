package io.retort.runtime.ops;

import io.retort.runtime.schema.Table;
import java.util.Optional;

/** Creates a table with its columns, primary key and the constraints and indexes it lists. */
public record CreateTable(Table table) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.of(new DropTable(table.name(), table));
  }

  @Override
  public String describe() {
    return "add table '" + table.name() + "'";
  }
}
