package io.retort.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

/** A cancelled statement is recorded as interrupted, an error in the statement as failed. */
class RecordedRunTest {
  @Test
  void cancelledStatementsAreInterruptions() {
    assertEquals(PartialRun.Status.INTERRUPTED, RecordedRun.statusOf(new SQLException("canceling statement due to user request",
        "57014")));
    assertEquals(PartialRun.Status.INTERRUPTED, RecordedRun.statusOf(new SQLException("Query execution was interrupted", "70100",
        1317)));
    assertEquals(PartialRun.Status.INTERRUPTED, RecordedRun.statusOf(new RuntimeException(new SQLTimeoutException("timeout"))));
    assertEquals(PartialRun.Status.FAILED, RecordedRun.statusOf(new SQLException("Table 'no_such_table' doesn't exist", "42S02",
        1146)));
  }
}
