package io.retort.runtime.dialect;

import io.retort.runtime.RetortException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A PostgreSQL session-level advisory lock: {@code pg_try_advisory_lock(key)} polled until the
 * timeout (saying first which backend holds it), released by {@code pg_advisory_unlock(key)} or when the session ends (a crashed
 * migration leaves nothing behind). The key is a 64-bit hash of the current schema and the lock
 * name, so migrations of different schemas in one database do not wait for each other.
 */
final class PostgresAdvisoryLock implements Dialect.MigrationLock {
  private final Connection connection;
  private final long key;
  private boolean held = true;

  private PostgresAdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  static PostgresAdvisoryLock acquire(Connection connection, String name, int timeoutSeconds, LockWait wait) throws SQLException {
    long key = key(currentSchema(connection) + "/" + name);
    try (PreparedStatement attempt = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      attempt.setLong(1, key);
      LockPolling.acquire(name, timeoutSeconds, wait, millis -> {
        if (millis > 0) {
          pause(millis);
        }
        try (ResultSet rs = attempt.executeQuery()) {
          rs.next();
          return rs.getBoolean(1);
        }
      }, () -> holder(connection, key));
    }
    return new PostgresAdvisoryLock(connection, key);
  }

  /**
   * The backend holding the advisory lock {@code key}, from {@code pg_locks} (a bigint key is split
   * into classid, the high half, and objid, the low half, with objsubid 1) and {@code pg_stat_activity}:
   * its pid, application name, client address, since when it is connected, and what it runs; null
   * when no backend holds it.
   */
  static String holder(Connection connection, long key) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT a.pid, a.application_name, host(a.client_addr), to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'),
               a.state, a.query
          FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
           AND l.classid::bigint = ? AND l.objid::bigint = ?
           AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())""")) {
      query.setLong(1, key >>> 32);
      query.setLong(2, key & 0xffffffffL);
      try (ResultSet rs = query.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        StringBuilder who = new StringBuilder("PostgreSQL backend pid ").append(rs.getInt(1)).append(" (");
        String application = rs.getString(2);
        if (application != null && !application.isEmpty()) {
          who.append("application '").append(application).append("', ");
        }
        String client = rs.getString(3);
        who.append("client ").append(client == null ? "local socket" : client)
            .append(", connected since ").append(rs.getString(4));
        String state = rs.getString(5);
        String statement = rs.getString(6);
        if (state != null) {
          who.append(", ").append(state);
          if (statement != null && !statement.isBlank()) {
            who.append("active".equals(state) ? ", running: " : ", last statement: ").append(LockPolling.shorten(statement));
          }
        }
        return who.append(")").toString();
      }
    }
  }

  /** The advisory lock key of a lock name: the first 8 bytes of its SHA-256. */
  static long key(String qualifiedName) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(qualifiedName.getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        key = key << 8 | digest[i] & 0xff;
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String currentSchema(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT current_schema()");
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return String.valueOf(rs.getString(1));
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetortException("Interrupted while waiting for the migration lock", e);
    }
  }

  @Override
  public void close() throws SQLException {
    if (!held) {
      return;
    }
    held = false;
    try (PreparedStatement release = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      release.setLong(1, key);
      release.executeQuery().close();
    }
  }
}
