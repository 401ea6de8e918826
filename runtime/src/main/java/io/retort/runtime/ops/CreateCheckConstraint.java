package io.retort.runtime.ops;

import io.retort.runtime.schema.CheckConstraint;
import java.util.Optional;

/** Adds a check constraint to a table. */
public record CreateCheckConstraint(String table, CheckConstraint constraint) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.of(new DropConstraint(table, constraint.name(), constraint));
  }

  @Override
  public String describe() {
    return "added check constraint '" + constraint.name() + "' on '" + table + "' (" + constraint.condition() + ")";
  }
}
