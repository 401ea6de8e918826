package io.retort.runtime.ops;

import io.retort.runtime.schema.Sequence;
import java.util.Optional;

/** Drops a sequence; {@code existing} makes it reversible. */
public record DropSequence(String name, Sequence existing) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.ofNullable(existing).map(CreateSequence::new);
  }

  @Override
  public String describe() {
    return "removed sequence '" + name + "'";
  }
}
