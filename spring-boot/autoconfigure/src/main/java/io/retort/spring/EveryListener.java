package io.retort.spring;

import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.migrate.Direction;
import io.retort.runtime.migrate.MigrationListener;
import java.util.List;

/**
 * Tells every listener of the application (Retort's own log and the application's {@code MigrationListener}
 * beans) about each revision and about a wait for the migration lock, in order.
 */
record EveryListener(List<MigrationListener> listeners) implements MigrationListener {
  EveryListener {
    listeners = List.copyOf(listeners);
  }

  @Override
  public void running(Direction direction, RevisionInfo revision, String step) {
    listeners.forEach(listener -> listener.running(direction, revision, step));
  }

  @Override
  public void waitingForLock(String holder) {
    listeners.forEach(listener -> listener.waitingForLock(holder));
  }
}
