package io.retort.runtime.dialect;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * The waiting loop every migration lock shares: one attempt without waiting; when it fails, say who
 * holds the lock, then attempt again in short slices (each waiting up to {@link #SLICE_MILLIS},
 * in the database or here) until the timeout, checking for an interrupt between slices. At the
 * timeout, the exception names whoever holds the lock then.
 */
final class LockPolling {
  static final long SLICE_MILLIS = 200;

  /** One attempt: waits up to {@code millis} (0: not at all) for the lock; true when taken. */
  @FunctionalInterface
  interface Attempt {
    boolean take(long millis) throws SQLException;
  }

  /** Who holds the lock now, for people; null when nobody does any more. */
  @FunctionalInterface
  interface Holder {
    String describe() throws SQLException;
  }

  private LockPolling() {
  }

  static void acquire(String name, int timeoutSeconds, LockWait wait, Attempt attempt, Holder holder) throws SQLException {
    if (attempt.take(0)) {
      return;
    }
    String lastHolder = known(holder.describe());
    wait.waiting(lastHolder);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(0, timeoutSeconds));
    while (true) {
      wait.check();
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        String now = holder.describe();
        throw new MigrationLockTimeoutException(name, timeoutSeconds, now != null ? now : lastHolder);
      }
      if (attempt.take(Math.min(SLICE_MILLIS, left))) {
        return;
      }
    }
  }

  private static String known(String holder) {
    return holder != null ? holder : "another session (it was released just now)";
  }

  /** A statement on one line, cut to 120 characters. */
  static String shorten(String statement) {
    String line = statement.replaceAll("\\s+", " ").trim();
    return line.length() > 120 ? line.substring(0, 120) + "..." : line;
  }
}
