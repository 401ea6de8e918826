package io.retort.runtime.ops;

import io.retort.runtime.schema.Table;
import java.util.Optional;

/** Drops a table; {@code existing} is its definition when known, which makes the drop reversible. */
public record DropTable(String table, Table existing) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.ofNullable(existing).map(CreateTable::new);
  }

  @Override
  public String describe() {
    return "removed table '" + table + "'";
  }
}
