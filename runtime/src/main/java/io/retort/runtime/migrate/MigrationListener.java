package io.retort.runtime.migrate;

import io.retort.runtime.graph.RevisionInfo;

/**
 * Told about each revision as it runs, e.g. to print {@code Running upgrade a -> b, message}, and when
 * the command has to wait for another session's migration lock.
 */
@FunctionalInterface
public interface MigrationListener {
  MigrationListener SILENT = (direction, revision, step) -> { };

  /**
   * A revision starts. For an upgrade {@code revision} is the one applied; for a downgrade it is the
   * one undone. {@code step} reads {@code parent -> id} (upgrade) or {@code id -> parent} (downgrade).
   */
  void running(Direction direction, RevisionInfo revision, String step);

  /**
   * Another session holds the migration lock: the command waits for it, up to {@code lock_timeout_seconds}.
   * Called once per command, before waiting.
   *
   * @param holder who holds it, e.g. {@code PostgreSQL backend pid 4242 (application 'retort (pid 17 on build-1)', ...)}
   */
  default void waitingForLock(String holder) {
  }

  /** The line the command line prints when it starts waiting for the lock: {@code Waiting for the migration lock held by ...}. */
  static String waitingLine(String holder) {
    return "Waiting for the migration lock held by " + holder + " ...";
  }

  /**
   * The line the command line prints for a revision as it runs, as Alembic logs it:
   * {@code Running upgrade 1a2b3c4d5e6f -> 3f2a9c1b7d4e, Add product description}
   * ({@code Running upgrade  -> 1a2b3c4d5e6f, ...} from base, {@code Running downgrade 3f2a9c1b7d4e -> 1a2b3c4d5e6f, ...}).
   */
  static String progressLine(Direction direction, RevisionInfo revision, String step) {
    String verb = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
    return "Running " + verb + " " + step + ", " + revision.shortMessage();
  }
}
