package io.retort.runtime.schema;

import java.util.Objects;

/** A check constraint: {@code condition} is an SQL boolean expression, e.g. {@code price >= 0}. */
public record CheckConstraint(String name, String condition) implements Constraint, TableElement {
  public CheckConstraint {
    Objects.requireNonNull(condition, "condition");
  }

  @Override
  public ConstraintKind kind() {
    return ConstraintKind.CHECK;
  }

  public CheckConstraint named(String newName) {
    return new CheckConstraint(newName, condition);
  }
}
