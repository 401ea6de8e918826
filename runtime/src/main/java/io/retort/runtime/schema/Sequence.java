package io.retort.runtime.schema;

import java.util.Objects;

/** A database sequence. */
public record Sequence(String name, long start, long increment) {
  public Sequence {
    Objects.requireNonNull(name, "name");
    if (increment == 0) {
      throw new IllegalArgumentException("sequence " + name + ": increment must not be 0");
    }
  }
}
