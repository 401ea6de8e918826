package io.retort.runtime.migrate;

import io.retort.runtime.graph.RevisionInfo;

/** Told about each revision as it runs, e.g. to print {@code Running upgrade a -> b, message}. */
@FunctionalInterface
public interface MigrationListener {
  MigrationListener SILENT = (direction, revision, step) -> { };

  /**
   * A revision starts. For an upgrade {@code revision} is the one applied; for a downgrade it is the
   * one undone. {@code step} reads {@code parent -> id} (upgrade) or {@code id -> parent} (downgrade).
   */
  void running(Direction direction, RevisionInfo revision, String step);
}
