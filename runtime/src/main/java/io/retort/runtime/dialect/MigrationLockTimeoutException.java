package io.retort.runtime.dialect;

import io.retort.runtime.RetortException;

/** The migration lock stayed taken for the whole timeout: another upgrade holds it. */
public class MigrationLockTimeoutException extends RetortException {
  public MigrationLockTimeoutException(String lockName, int timeoutSeconds) {
    super("Could not acquire the migration lock '" + lockName + "' within " + timeoutSeconds
        + " s: another retort upgrade is running against this database (or a stuck session still holds the lock); "
        + "wait for it to finish and run the command again");
  }
}
