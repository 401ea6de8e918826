package io.retort.runtime.ops;

import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Constraint;
import io.retort.runtime.schema.ConstraintKind;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.Objects;
import java.util.Optional;

/**
 * Drops a named constraint. {@code kind} is needed by MariaDB, which drops each kind with its own
 * statement; {@code existing}, when known, makes the drop reversible.
 */
public record DropConstraint(String table, String name, ConstraintKind kind, Constraint existing) implements Operation {

  public DropConstraint {
    Objects.requireNonNull(kind, "kind");
  }

  public DropConstraint(String table, String name, Constraint existing) {
    this(table, name, existing.kind(), existing);
  }

  @Override
  public Optional<Operation> reverse() {
    if (existing == null) {
      return Optional.empty();
    }
    if (existing instanceof ForeignKey fk) {
      return Optional.of(new CreateForeignKey(table, fk));
    }
    if (existing instanceof UniqueConstraint uq) {
      return Optional.of(new CreateUniqueConstraint(table, uq));
    }
    return Optional.of(new CreateCheckConstraint(table, (CheckConstraint) existing));
  }

  @Override
  public String describe() {
    String what = switch (kind) {
      case FOREIGN_KEY -> "foreign key";
      case UNIQUE -> "unique constraint";
      case CHECK -> "check constraint";
    };
    return "removed " + what + " '" + name + "' on '" + table + "'";
  }
}
