package io.retort.runtime.dialect;

import io.retort.runtime.RetortException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The migration lock of H2, which has no session lock a second connection would see: a permit held
 * in this JVM, keyed by the database URL (without its settings) and the lock name. It is not reentrant,
 * so a second connection waits even on the same thread. Other processes are kept out by H2 itself: a
 * file database is locked by the process that opened it (unless {@code AUTO_SERVER} shares it), and an
 * in-memory database lives in one JVM.
 */
final class JvmMigrationLock implements Dialect.MigrationLock {
  private static final ConcurrentMap<String, Semaphore> PERMITS = new ConcurrentHashMap<>();
  /** Who holds an H2 lock: only this process can, on another connection. */
  static final String HOLDER = "another connection of this process";

  private final Semaphore permit;
  private boolean held = true;

  private JvmMigrationLock(Semaphore permit) {
    this.permit = permit;
  }

  static JvmMigrationLock acquire(Connection connection, String name, int timeoutSeconds, LockWait wait) throws SQLException {
    String url = connection.getMetaData().getURL();
    int settings = url.indexOf(';');
    String key = (settings < 0 ? url : url.substring(0, settings)) + "#" + name;
    Semaphore permit = PERMITS.computeIfAbsent(key, k -> new Semaphore(1));
    LockPolling.acquire(name, timeoutSeconds, wait, millis -> take(permit, millis, name),
        () -> permit.availablePermits() == 0 ? HOLDER : null);
    return new JvmMigrationLock(permit);
  }

  private static boolean take(Semaphore permit, long millis, String name) {
    try {
      return permit.tryAcquire(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetortException("Interrupted while waiting for the migration lock '" + name + "'", e);
    }
  }

  @Override
  public synchronized void close() {
    if (held) {
      held = false;
      permit.release();
    }
  }
}
