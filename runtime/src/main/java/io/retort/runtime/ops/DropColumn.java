package io.retort.runtime.ops;

import io.retort.runtime.schema.Column;
import java.util.Optional;

/** Drops a column; {@code existing} is its definition when known, which makes the drop reversible. */
public record DropColumn(String table, String column, Column existing) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.ofNullable(existing).map(c -> new AddColumn(table, c));
  }

  @Override
  public String describe() {
    return "removed column '" + table + "." + column + "'";
  }
}
