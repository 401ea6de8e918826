package io.retort.runtime.migrate;

import java.util.List;
import java.util.Objects;

/**
 * What {@code repair --resume} or {@code repair --clear} did to a recorded partial run.
 *
 * @param partialRun the record as it was before the repair
 * @param statementsRun the statements {@code --resume} ran (0 for {@code --clear})
 * @param heads the revisions the version table shows afterwards
 */
public record Repaired(PartialRun partialRun, int statementsRun, List<String> heads) {
  public Repaired {
    Objects.requireNonNull(partialRun, "partialRun");
    heads = List.copyOf(heads);
  }
}
