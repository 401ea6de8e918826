package io.retort.autogen.command;

import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.migrate.Direction;
import io.retort.runtime.migrate.MigrationListener;
import java.util.function.Consumer;

/**
 * One line per revision as it runs, as Alembic logs it:
 * {@code Running upgrade 1a2b3c4d5e6f -> 3f2a9c1b7d4e, Add product description}
 * ({@code Running upgrade  -> 1a2b3c4d5e6f, ...} from base, {@code Running downgrade 3f2a9c1b7d4e -> 1a2b3c4d5e6f, ...}).
 * The command line prints them; the Maven plugin logs them; Spring Boot logs the same line
 * ({@link MigrationListener#progressLine}). When another session holds the migration lock, one line
 * says so first: {@code Waiting for the migration lock held by ... ...}.
 */
public final class ProgressLines implements MigrationListener {
  private final Consumer<String> lines;

  public ProgressLines(Consumer<String> lines) {
    this.lines = lines;
  }

  @Override
  public void running(Direction direction, RevisionInfo revision, String step) {
    lines.accept(MigrationListener.progressLine(direction, revision, step));
  }

  @Override
  public void waitingForLock(String holder) {
    lines.accept(MigrationListener.waitingLine(holder));
  }
}
