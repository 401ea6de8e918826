package io.retort.runtime.migrate;

import io.retort.runtime.dialect.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a revision that cannot run inside a transaction (MariaDB and H2 commit each DDL statement; a
 * revision can opt out of its transaction on PostgreSQL) with a write-ahead record in the
 * {@link ProgressTable}: the row exists before the first statement, its count moves on with each
 * completed statement, and it is deleted in the same transaction as the version-table update. A
 * kill or a dropped connection therefore leaves the row "running" with the count of statements done.
 */
final class RecordedRun {
  private final OperationRunner runner;
  private final ProgressTable progress;

  RecordedRun(OperationRunner runner, ProgressTable progress) {
    this.runner = runner;
    this.progress = progress;
  }

  /**
   * Runs {@code steps} from {@code from} on, then {@code bookkeeping} and the deletion of the record
   * in one transaction. With {@code from == 0} and {@code fresh} the record is inserted first; when
   * resuming the caller has updated it already and {@code fingerprint} is the one recorded for the
   * steps before {@code from}.
   *
   * @throws OperationRunner.StepFailure a statement failed; the record is not marked yet (see {@link #markStopped})
   * @throws SQLException the record or the bookkeeping could not be written
   */
  void run(Connection c, String revisionId, Direction direction, List<OperationRunner.Step> steps, int from, String fingerprint,
      boolean fresh, List<SqlStatement> bookkeeping, Cancellation cancellation) throws OperationRunner.StepFailure, SQLException {
    if (fresh) {
      VersionTable.execute(c, progress.start(revisionId, direction, steps.size()));
    }
    String[] chain = {fingerprint};
    runner.run(c, steps, from, done -> {
      chain[0] = StatementFingerprint.next(chain[0], steps.get(done - 1));
      if (done < steps.size()) {
        // after the last statement the record goes with the version-table update instead
        VersionTable.execute(c, progress.progress(revisionId, done, chain[0]));
      }
    }, cancellation);
    List<SqlStatement> finish = new ArrayList<>(bookkeeping);
    finish.add(progress.finish(revisionId));
    c.setAutoCommit(false);
    try {
      VersionTable.execute(c, finish);
      c.commit();
    } catch (SQLException e) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        e.addSuppressed(ignored);
      }
      throw e;
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is gone; the caller reports the original failure
      }
    }
  }

  /**
   * Records why the run stopped: failed or interrupted, with the error; a failed or cancelled first
   * statement left nothing applied, so then the record is simply deleted. Returns false when the
   * record could not be written (the connection is gone), so it still says "running".
   */
  boolean markStopped(Connection c, String revisionId, OperationRunner.StepFailure failure) {
    PartialRun.Status status = statusOf(failure);
    try {
      if (failure.index == 0) {
        VersionTable.execute(c, progress.finish(revisionId));
      } else {
        VersionTable.execute(c, progress.stopped(revisionId, status, oneLine(String.valueOf(failure.getMessage()))));
      }
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** Whether a statement failed, or was cut short by an interrupt (a signal, or a cancelled statement). */
  static PartialRun.Status statusOf(OperationRunner.StepFailure failure) {
    return failure.interruption != null ? PartialRun.Status.INTERRUPTED : statusOf(failure.getCause());
  }

  /**
   * Whether a failure is a cancelled statement (SQLSTATE 57014 on PostgreSQL and H2, 70100 or error
   * 1317 on MariaDB, a timeout, or a thread interrupt) rather than an error in the statement.
   */
  static PartialRun.Status statusOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InterruptedException || t instanceof SQLTimeoutException) {
        return PartialRun.Status.INTERRUPTED;
      }
      if (t instanceof SQLException sql && ("57014".equals(sql.getSQLState()) || "70100".equals(sql.getSQLState())
          || sql.getErrorCode() == 1317)) {
        return PartialRun.Status.INTERRUPTED;
      }
    }
    return PartialRun.Status.FAILED;
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
