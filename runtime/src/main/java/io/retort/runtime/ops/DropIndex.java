package io.retort.runtime.ops;

import io.retort.runtime.schema.Index;
import java.util.Optional;

/** Drops an index; {@code existing} makes it reversible. */
public record DropIndex(String table, String name, Index existing) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.ofNullable(existing).map(i -> new CreateIndex(table, i));
  }

  @Override
  public String describe() {
    return "removed index '" + name + "' on '" + table + "'";
  }
}
