package io.retort.runtime.dialect;

import io.retort.runtime.RetortException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A MariaDB user lock: {@code GET_LOCK(name, timeout)}, released by {@code RELEASE_LOCK(name)} or
 * when the session ends. User locks are server-wide, so the name is qualified by the current
 * database; names longer than MariaDB's 64 characters are shortened with a hash suffix.
 */
final class MariaDbNamedLock implements Dialect.MigrationLock {
  static final int MAX_NAME_LENGTH = 64;

  private final Connection connection;
  private final String lockName;
  private boolean held = true;

  private MariaDbNamedLock(Connection connection, String lockName) {
    this.connection = connection;
    this.lockName = lockName;
  }

  static MariaDbNamedLock acquire(Connection connection, String name, int timeoutSeconds) throws SQLException {
    String lockName = serverWideName(currentDatabase(connection), name);
    try (PreparedStatement attempt = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
      attempt.setString(1, lockName);
      attempt.setInt(2, timeoutSeconds);
      try (ResultSet rs = attempt.executeQuery()) {
        rs.next();
        int result = rs.getInt(1);
        if (rs.wasNull()) {
          throw new RetortException("MariaDB could not take the migration lock '" + lockName + "' (GET_LOCK returned NULL)");
        }
        if (result != 1) {
          throw new MigrationLockTimeoutException(name, timeoutSeconds);
        }
        return new MariaDbNamedLock(connection, lockName);
      }
    }
  }

  /** {@code database.name}, shortened to 64 characters with a hash suffix when longer. */
  static String serverWideName(String database, String name) {
    String full = database == null ? name : database + "." + name;
    if (full.length() <= MAX_NAME_LENGTH) {
      return full;
    }
    String hash = sha256Hex(full).substring(0, 16);
    return full.substring(0, MAX_NAME_LENGTH - hash.length() - 1) + "~" + hash;
  }

  private static String currentDatabase(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT DATABASE()");
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public void close() throws SQLException {
    if (!held) {
      return;
    }
    held = false;
    try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      release.setString(1, lockName);
      release.executeQuery().close();
    }
  }
}
