package io.retort.runtime.dialect;

import io.retort.runtime.RetortException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL session-level advisory lock: {@code pg_try_advisory_lock(key)} polled until the
 * timeout, released by {@code pg_advisory_unlock(key)} or when the session ends (a crashed
 * migration leaves nothing behind). The key is a 64-bit hash of the current schema and the lock
 * name, so migrations of different schemas in one database do not wait for each other.
 */
final class PostgresAdvisoryLock implements Dialect.MigrationLock {
  private static final long POLL_MILLIS = 200;

  private final Connection connection;
  private final long key;
  private boolean held = true;

  private PostgresAdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  static PostgresAdvisoryLock acquire(Connection connection, String name, int timeoutSeconds) throws SQLException {
    long key = key(currentSchema(connection) + "/" + name);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    try (PreparedStatement attempt = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      attempt.setLong(1, key);
      while (true) {
        try (ResultSet rs = attempt.executeQuery()) {
          rs.next();
          if (rs.getBoolean(1)) {
            return new PostgresAdvisoryLock(connection, key);
          }
        }
        if (System.nanoTime() >= deadline) {
          throw new MigrationLockTimeoutException(name, timeoutSeconds);
        }
        pause();
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

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
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
