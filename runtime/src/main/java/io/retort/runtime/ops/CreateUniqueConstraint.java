package io.retort.runtime.ops;

import io.retort.runtime.schema.UniqueConstraint;
import java.util.Optional;

/** Adds a unique constraint to a table. */
public record CreateUniqueConstraint(String table, UniqueConstraint constraint) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.of(new DropConstraint(table, constraint.name(), constraint));
  }

  @Override
  public String describe() {
    return "added unique constraint '" + constraint.name() + "' on '" + table + "' " + constraint.columns();
  }
}
