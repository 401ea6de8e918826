package io.retort.runtime.migrate;

import io.retort.runtime.graph.RevisionInfo;
import java.util.Objects;

/**
 * A revision that ran part of its statements and did not finish, as Retort recorded it in the
 * progress table ({@code <version table>_progress}). Where DDL commits statement by statement
 * (MariaDB, H2, a non-transactional revision on PostgreSQL) the statements before the failure stay
 * applied while the version table still shows the revision before; this record is what lets the
 * next command say so, refuse to run the revision again blindly, and resume it
 * ({@code retort repair --resume}) or forget it after a manual fix ({@code retort repair --clear}).
 *
 * @param revisionId the revision that did not finish
 * @param direction upgrade or downgrade
 * @param statementsDone how many of its statements completed (statements 1..done stayed applied)
 * @param statementsTotal how many statements the revision had when it ran
 * @param status {@link Status#RUNNING} when the run stopped without recording why (process killed,
 *     connection dropped), otherwise why it stopped
 * @param error the database's error, or null
 * @param fingerprint the hash chain over statements 1..done (see {@link StatementFingerprint})
 * @param startedAt when the attempt started (ISO-8601, UTC)
 * @param updatedAt when the record last changed (ISO-8601, UTC)
 */
public record PartialRun(String revisionId, Direction direction, int statementsDone, int statementsTotal, Status status,
    String error, String fingerprint, String startedAt, String updatedAt) {

  /** How the attempt ended, as far as Retort could record it. */
  public enum Status {
    /** Still marked as running: the process was killed or its connection dropped mid-revision (or it runs right now). */
    RUNNING,
    /** A statement failed; {@code error} says why. */
    FAILED,
    /** A statement was cancelled (Ctrl-C, SIGTERM, a statement timeout); {@code error} says so. */
    INTERRUPTED
  }

  public PartialRun {
    Objects.requireNonNull(revisionId, "revisionId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(status, "status");
  }

  /** {@code "upgrade"} or {@code "downgrade"}. */
  public String verb() {
    return direction == Direction.UPGRADE ? "upgrade" : "downgrade";
  }

  /** Which statements stayed applied, e.g. {@code "statements 1-2"}, {@code "statement 1"} or {@code "none of its statements"}. */
  public String appliedStatements() {
    return statementsDone == 0 ? "none of its statements" : statementsDone == 1 ? "statement 1" : "statements 1-" + statementsDone;
  }

  /**
   * What happened, in one sentence without the way out: which revision, which direction, statement
   * k of n, when, and why it stopped. {@code revision} gives the message; null when the project lacks it.
   *
   * @param lockHeld whether the caller holds the migration lock, so a run still marked running cannot be
   *     running now and was interrupted
   */
  public String describe(RevisionInfo revision, boolean lockHeld) {
    StringBuilder text = new StringBuilder("A partial ").append(verb()).append(" of revision ").append(revisionId);
    if (revision != null) {
      text.append(" (").append(revision.shortMessage()).append(")");
    }
    int stoppedAt = Math.min(statementsDone + 1, Math.max(statementsTotal, 1));
    text.append(" is recorded: ");
    switch (status) {
      case FAILED -> text.append("statement ").append(stoppedAt).append(" of ").append(statementsTotal).append(" failed at ")
          .append(updatedAt).append(" (").append(error).append(")");
      case INTERRUPTED -> text.append("statement ").append(stoppedAt).append(" of ").append(statementsTotal)
          .append(" was interrupted at ").append(updatedAt).append(" (").append(error).append(")");
      case RUNNING -> text.append(lockHeld ? "it was interrupted" : "it is still marked as running (if no Retort command is "
          + "running now, it was interrupted)").append(" during statement ").append(stoppedAt).append(" of ")
          .append(statementsTotal).append(", started ").append(startedAt).append(", last progress at ").append(updatedAt)
          .append(" (the process was killed or its connection dropped)");
      default -> throw new IllegalStateException(status.name());
    }
    text.append("; ").append(appliedStatements()).append(" stayed applied");
    if (status != Status.FAILED && statementsDone < statementsTotal) {
      text.append(" and statement ").append(stoppedAt).append(" may have taken effect too");
    }
    return text.toString();
  }

  /** The two ways out, as the commands to type. */
  public String waysOut() {
    return "fix the revision if needed and run 'retort repair --resume' to run the remaining statements and record it, "
        + "or undo " + (statementsDone == 0 ? "whatever it did" : appliedStatements()) + " by hand and run 'retort repair --clear'";
  }
}
