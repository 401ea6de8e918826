package io.retort.runtime.dialect;

import io.retort.runtime.RetortException;

/** The migration lock stayed taken for the whole timeout: another upgrade (or a stuck session) holds it. */
public class MigrationLockTimeoutException extends RetortException {
  /** The lock was held by {@code holder} (as {@link LockWait#waiting} describes it) when the timeout ran out. */
  public MigrationLockTimeoutException(String lockName, int timeoutSeconds, String holder) {
    super("Could not acquire the migration lock '" + lockName + "' within " + timeoutSeconds + " s: it is held by "
        + holder + ". Wait for that run to finish (or end that session) and run the command again, or raise "
        + "lock_timeout_seconds (now " + timeoutSeconds + ") to wait longer");
  }
}
