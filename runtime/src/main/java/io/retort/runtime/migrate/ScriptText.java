package io.retort.runtime.migrate;

import io.retort.runtime.RetortException;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.SqlStatement;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.ops.RunJdbc;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Operations as the text of an SQL script: each statement with its parameters written as literals
 * and ended as the database ends statements. What {@link OfflineScript} writes, and what other
 * scripts (a Flyway migration written by autogenerate) are made of.
 */
public final class ScriptText {
  private ScriptText() {
  }

  /**
   * The lines of one operation, one statement each, terminated.
   *
   * @param notSql the failure for an operation that has no SQL ({@link RunJdbc}, Java code run on
   *     the connection), naming where it came from
   */
  public static List<String> lines(Dialect dialect, Operation operation, Function<RunJdbc, RetortException> notSql) {
    if (operation instanceof RunJdbc run) {
      throw notSql.apply(run);
    }
    List<String> lines = new ArrayList<>();
    for (SqlStatement statement : dialect.statements(operation)) {
      lines.add(line(dialect, statement));
    }
    return lines;
  }

  /** One statement, its parameters inlined, terminated. */
  public static String line(Dialect dialect, SqlStatement statement) {
    return terminated(dialect, dialect.inline(statement));
  }

  /** SQL text ended with the dialect's statement terminator. */
  public static String terminated(Dialect dialect, String sql) {
    return sql + dialect.statementTerminator();
  }
}
