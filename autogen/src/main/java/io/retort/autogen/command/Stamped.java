package io.retort.autogen.command;

import java.util.List;

/** The version table before and after {@code stamp}: the heads, empty at base. */
public record Stamped(List<String> before, List<String> after) {
  public Stamped {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }
}
