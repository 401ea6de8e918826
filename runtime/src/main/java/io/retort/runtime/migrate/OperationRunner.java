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

  /** Runs the steps; on failure says which one failed and how many ran before it. */
  void run(Connection connection, List<Step> steps) throws StepFailure {
    try {
      run(connection, steps, 0, done -> { });
    } catch (SQLException e) {
      throw new IllegalStateException("a no-op progress callback failed", e);
    }
  }

  /** Told after each step completes, with how many steps of the revision are done. */
  @FunctionalInterface
  interface Completed {
    void after(int done) throws SQLException;
  }

  /**
   * Runs the steps from index {@code from} on, calling {@code completed} after each; on failure says
   * which one failed. An exception from {@code completed} (recording progress) propagates as it is.
   */
  void run(Connection connection, List<Step> steps, int from, Completed completed) throws StepFailure, SQLException {
    for (int i = from; i < steps.size(); i++) {
      Step step = steps.get(i);
      try {
        if (step.statement() == null) {
          ((RunJdbc) step.operation()).work().run(new DataAccess(connection));
        } else {
          VersionTable.execute(connection, step.statement());
        }
      } catch (SQLException | RuntimeException e) {
        throw new StepFailure(i, steps.size(), step, e);
      }
      completed.after(i + 1);
    }
  }

  /** A step that failed, with its position. */
  static final class StepFailure extends Exception {
    final int index;
    final int total;
    final transient Step step;

    StepFailure(int index, int total, Step step, Exception cause) {
      super(cause.getMessage(), cause);
      this.index = index;
      this.total = total;
      this.step = step;
    }
  }
}
