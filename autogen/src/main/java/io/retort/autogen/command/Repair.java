package io.retort.autogen.command;

import io.retort.runtime.migrate.PartialRun;
import java.util.List;
import java.util.Optional;

/**
 * What {@code repair} found and did.
 *
 * @param action what was asked: show the record, resume it, or clear it
 * @param partialRun the record as it was before the command; empty when there was nothing to repair
 * @param description the record in one line with the ways out (as {@code current} shows it); null when there is none
 * @param statementsRun the statements {@code --resume} ran
 * @param heads the revisions the version table shows afterwards
 */
public record Repair(Action action, Optional<PartialRun> partialRun, String description, int statementsRun, List<String> heads) {

  /** {@code repair}, {@code repair --resume}, {@code repair --clear}. */
  public enum Action {
    SHOW, RESUME, CLEAR
  }

  public Repair {
    heads = List.copyOf(heads);
  }
}
