package io.retort.runtime.migrate;

import io.retort.runtime.api.DataAccess;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.SqlStatement;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.ops.RunJdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a revision's recorded operations on a connection, statement by statement. */
final class OperationRunner {
  private final Dialect dialect;

  OperationRunner(Dialect dialect) {
    this.dialect = dialect;
  }

  /** One thing to run: an SQL statement, or a data migration's code. */
  record Step(Operation operation, SqlStatement statement) {
    String describe() {
      return statement != null ? statement.sql() : operation.describe();
    }
  }

  List<Step> steps(List<Operation> operations) {
    List<Step> steps = new ArrayList<>();
    for (Operation operation : operations) {
      if (operation instanceof RunJdbc) {
        steps.add(new Step(operation, null));
      } else {
        for (SqlStatement statement : dialect.statements(operation)) {
          steps.add(new Step(operation, statement));
        }
      }
    }
    return steps;
  }

  /** Told after each step completes, with how many steps of the revision are done. */
  @FunctionalInterface
  interface Completed {
    Completed NOTHING = done -> { };

    void after(int done) throws SQLException;
  }

  /**
   * Runs the steps from index {@code from} on, each statement registered with {@code cancellation} so an
   * interrupt cancels it, calling {@code completed} after each; on failure says which one failed. A step
   * cut short by an interrupt fails like any other, its failure saying so. An exception from
   * {@code completed} (recording progress) propagates as it is.
   */
  void run(Connection connection, List<Step> steps, int from, Completed completed, Cancellation cancellation)
      throws StepFailure, SQLException {
    for (int i = from; i < steps.size(); i++) {
      Step step = steps.get(i);
      try {
        if (step.statement() == null) {
          if (cancellation.interrupted()) {
            throw new SQLException("Interrupted (" + cancellation.reason() + ") before the step ran");
          }
          ((RunJdbc) step.operation()).work().run(new DataAccess(connection, cancellation));
        } else {
          VersionTable.execute(connection, step.statement(), cancellation);
        }
      } catch (SQLException | RuntimeException e) {
        throw new StepFailure(i, steps.size(), step, e, cancellation.reason());
      }
      completed.after(i + 1);
    }
  }

  /** A step that failed, with its position; {@link #interruption} says why when an interrupt stopped it. */
  static final class StepFailure extends Exception {
    final int index;
    final int total;
    final transient Step step;
    /** Why the run was interrupted (e.g. {@code SIGINT}) when the step failed because of it; null otherwise. */
    final String interruption;

    StepFailure(int index, int total, Step step, Exception cause, String interruption) {
      super(interruption == null ? cause.getMessage() : "Interrupted (" + interruption + "): " + cause.getMessage(), cause);
      this.index = index;
      this.total = total;
      this.step = step;
      this.interruption = interruption;
    }
  }
}
