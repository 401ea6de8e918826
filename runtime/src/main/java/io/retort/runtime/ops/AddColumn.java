package io.retort.runtime.ops;

import io.retort.runtime.schema.Column;
import java.util.Optional;

/** Adds a column to a table. */
public record AddColumn(String table, Column column) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.of(new DropColumn(table, column.name(), column));
  }

  @Override
  public String describe() {
    return "added column '" + table + "." + column.name() + "'";
  }
}
