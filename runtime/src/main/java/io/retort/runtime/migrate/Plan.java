package io.retort.runtime.migrate;

import io.retort.runtime.graph.RevisionInfo;
import java.util.List;

/**
 * The revisions a command runs, in order, and the version-table heads before each step and after
 * the last. {@code headsBefore.get(i)} are the heads when step {@code i} starts.
 */
public record Plan(Direction direction, List<RevisionInfo> steps, List<List<String>> headsBefore, List<String> finalHeads) {
  public Plan {
    steps = List.copyOf(steps);
    headsBefore = List.copyOf(headsBefore);
    finalHeads = List.copyOf(finalHeads);
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** The heads right after step {@code i}. */
  public List<String> headsAfter(int i) {
    return i + 1 < steps.size() ? headsBefore.get(i + 1) : finalHeads;
  }
}
