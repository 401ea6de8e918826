package io.retort.autogen.evolution;

import java.util.List;
import java.util.Set;

/**
 * One generated edit between two model versions.
 *
 * @param description what changed, in words ({@code "add field e3.f7 (STRING)"})
 * @param after the model after the edit
 * @param lost what the edit is allowed to lose, in either direction: tables ({@code "e3"}) and
 *     columns ({@code "e3.f7"}); empty for an edit that is not destructive
 * @param backfill columns ({@code "e3.f7"}) a person would fill before the revision runs (a column
 *     becoming NOT NULL): the runner gives their NULLs a value first
 */
record Edit(String description, Model after, Set<String> lost, List<String> backfill) {
  Edit {
    lost = Set.copyOf(lost);
    backfill = List.copyOf(backfill);
  }

  static Edit safe(String description, Model after) {
    return new Edit(description, after, Set.of(), List.of());
  }

  static Edit destructive(String description, Model after, Set<String> lost) {
    return new Edit(description, after, lost, List.of());
  }

  boolean destructive() {
    return !lost.isEmpty();
  }
}
