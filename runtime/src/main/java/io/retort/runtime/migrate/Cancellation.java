package io.retort.runtime.migrate;

import io.retort.runtime.api.DataAccess;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How another thread stops a running migration ({@link Migrator#interrupt}): it remembers why, and
 * cancels the statement running now with {@link Statement#cancel()}, so the server stops it at once
 * (PostgreSQL would otherwise finish it and keep holding its locks after the client is gone). The
 * cancelled statement then fails like any failing statement, and the migrator's failure path rolls
 * back and releases the lock. Statements register while they run; one that registers after the
 * interrupt does not run at all.
 */
final class Cancellation implements DataAccess.RunningStatements {
  private volatile String reason;
  private volatile Statement running;

  /** Marks the run interrupted ({@code why}, e.g. {@code SIGINT}) and cancels the statement running now, if any. */
  void interrupt(String why) {
    reason = why;
    Statement statement = running;
    if (statement != null) {
      try {
        statement.cancel();
      } catch (SQLException | RuntimeException e) {
        // the statement ended meanwhile; the run stops before the next one
      }
    }
  }

  boolean interrupted() {
    return reason != null;
  }

  /** Why the run was interrupted, e.g. {@code SIGINT}; null when it was not. */
  String reason() {
    return reason;
  }

  /**
   * A statement is about to run: registered first, then refused if the run was interrupted (the
   * order makes an interrupt either seen here or cancel the statement).
   */
  @Override
  public void starting(Statement statement) throws SQLException {
    running = statement;
    if (reason != null) {
      running = null;
      throw new SQLException("Interrupted (" + reason + ") before the statement ran");
    }
  }

  /** The registered statement ended. */
  @Override
  public void finished() {
    running = null;
  }
}
