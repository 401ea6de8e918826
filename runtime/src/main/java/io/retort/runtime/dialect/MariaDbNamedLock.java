package io.retort.runtime.dialect;

import io.retort.runtime.RetortException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A MariaDB user lock: {@code GET_LOCK(name, timeout)} in short slices (saying first which
 * connection holds it), released by {@code RELEASE_LOCK(name)} or
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

  static MariaDbNamedLock acquire(Connection connection, String name, int timeoutSeconds, LockWait wait) throws SQLException {
    String lockName = serverWideName(currentDatabase(connection), name);
    // GET_LOCK waits in the server; short slices let an interrupt be seen between them
    try (PreparedStatement attempt = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
      attempt.setString(1, lockName);
      LockPolling.acquire(name, timeoutSeconds, wait, millis -> {
        attempt.setBigDecimal(2, BigDecimal.valueOf(millis, 3));
        try (ResultSet rs = attempt.executeQuery()) {
          rs.next();
          int result = rs.getInt(1);
          if (rs.wasNull()) {
            throw new RetortException("MariaDB could not take the migration lock '" + lockName + "' (GET_LOCK returned NULL)");
          }
          return result == 1;
        }
      }, () -> holder(connection, lockName));
    }
    return new MariaDbNamedLock(connection, lockName);
  }

  /**
   * The connection holding the user lock, from {@code IS_USED_LOCK} and
   * {@code information_schema.PROCESSLIST}: its id, user and host, and what it does since when;
   * null when no connection holds it.
   */
  static String holder(Connection connection, String lockName) throws SQLException {
    long id;
    try (PreparedStatement used = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
      used.setString(1, lockName);
      try (ResultSet rs = used.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
        if (rs.wasNull()) {
          return null;
        }
      }
    }
    StringBuilder who = new StringBuilder("MariaDB connection ").append(id);
    try (PreparedStatement process = connection.prepareStatement(
        "SELECT USER, HOST, COMMAND, TIME, INFO FROM information_schema.PROCESSLIST WHERE ID = ?")) {
      process.setLong(1, id);
      try (ResultSet rs = process.executeQuery()) {
        if (rs.next()) {
          who.append(" (user ").append(rs.getString(1)).append("@").append(rs.getString(2)).append(", ");
          String command = rs.getString(3);
          String info = rs.getString(5);
          if ("Sleep".equalsIgnoreCase(command) || info == null) {
            who.append("idle for ").append(rs.getLong(4)).append(" s");
          } else {
            who.append("for ").append(rs.getLong(4)).append(" s running: ").append(LockPolling.shorten(info));
          }
          who.append(")");
        }
      }
    }
    return who.toString();
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
