package io.retort.runtime.ops;

import io.retort.runtime.schema.Sequence;
import java.util.Optional;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Operation {
  @Override
  public Optional<Operation> reverse() {
    return Optional.of(new DropSequence(sequence.name(), sequence));
  }

  @Override
  public String describe() {
    return "added sequence '" + sequence.name() + "'";
  }
}
