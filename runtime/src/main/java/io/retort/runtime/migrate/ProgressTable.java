package io.retort.runtime.migrate;

import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.SqlStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The progress table beside the version table ({@code <version table>_progress}): a write-ahead
 * record of the revision running outside a transaction. A row is inserted before its first
 * statement, its count moves on as statements complete, and it is deleted together with the
 * version-table update when the revision completes; a failure marks it failed with the error. So a
 * row found later is a revision that stopped part-way, whether it failed, was cancelled, or its
 * process or connection died. Revisions that run inside a transaction never touch it. At most one
 * row exists: runs hold the migration lock and refuse to start while a row is there.
 */
final class ProgressTable {
  private static final int ERROR_LENGTH = 1000;
  private final Dialect dialect;
  private final String name;

  ProgressTable(Dialect dialect, String versionTable) {
    this.dialect = dialect;
    this.name = VersionTable.progressTableOf(versionTable);
  }

  String name() {
    return name;
  }

  SqlStatement createStatement() {
    return SqlStatement.of("CREATE TABLE IF NOT EXISTS " + table() + " (revision_id VARCHAR(32) NOT NULL, "
        + "direction VARCHAR(10) NOT NULL, statements_done INTEGER NOT NULL, statements_total INTEGER NOT NULL, "
        + "status VARCHAR(12) NOT NULL, error_message VARCHAR(" + ERROR_LENGTH + "), fingerprint VARCHAR(64) NOT NULL, "
        + "started_at VARCHAR(40) NOT NULL, updated_at VARCHAR(40) NOT NULL, PRIMARY KEY (revision_id))");
  }

  /** The row written before a revision's first statement. */
  SqlStatement start(String revisionId, Direction direction, int total) {
    String now = now();
    return new SqlStatement("INSERT INTO " + table() + " (revision_id, direction, statements_done, statements_total, status, "
        + "error_message, fingerprint, started_at, updated_at) VALUES (?, ?, 0, ?, ?, NULL, ?, ?, ?)",
        List.of(revisionId, direction.name(), total, PartialRun.Status.RUNNING.name(), StatementFingerprint.EMPTY, now, now));
  }

  /** A recorded run taken up again by {@code repair --resume}: running again, with the revision's current statement count. */
  SqlStatement resume(String revisionId, int total) {
    return new SqlStatement("UPDATE " + table() + " SET status = ?, error_message = NULL, statements_total = ?, updated_at = ? "
        + "WHERE revision_id = ?", List.of(PartialRun.Status.RUNNING.name(), total, now(), revisionId));
  }

  /** {@code done} statements completed, the last of them making {@code fingerprint}. */
  SqlStatement progress(String revisionId, int done, String fingerprint) {
    return new SqlStatement("UPDATE " + table() + " SET statements_done = ?, fingerprint = ?, updated_at = ? WHERE revision_id = ?",
        List.of(done, fingerprint, now(), revisionId));
  }

  /** The run stopped at a statement that failed (or was cancelled). */
  SqlStatement stopped(String revisionId, PartialRun.Status status, String error) {
    String text = error == null ? "no reason given" : error;
    if (text.length() > ERROR_LENGTH) {
      text = text.substring(0, ERROR_LENGTH - 3) + "...";
    }
    return new SqlStatement("UPDATE " + table() + " SET status = ?, error_message = ?, updated_at = ? WHERE revision_id = ?",
        List.of(status.name(), text, now(), revisionId));
  }

  /** Forgets the record: the revision completed, or {@code repair --clear}. */
  SqlStatement finish(String revisionId) {
    return new SqlStatement("DELETE FROM " + table() + " WHERE revision_id = ?", List.of(revisionId));
  }

  /** The recorded partial run, if any; empty when there is none or the table does not exist yet. */
  Optional<PartialRun> read(Connection connection) throws SQLException {
    if (!exists(connection)) {
      return Optional.empty();
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT revision_id, direction, statements_done, statements_total, status, error_message, "
            + "fingerprint, started_at, updated_at FROM " + table() + " ORDER BY started_at")) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(new PartialRun(rs.getString(1), Direction.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4),
          PartialRun.Status.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
    }
  }

  private boolean exists(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    Set<String> candidates = new HashSet<>(List.of(name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)));
    for (String candidate : candidates) {
      try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), candidate, null)) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private String table() {
    return dialect.quote(name);
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
