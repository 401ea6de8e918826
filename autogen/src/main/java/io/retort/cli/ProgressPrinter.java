package io.retort.cli;

import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.migrate.Direction;
import io.retort.runtime.migrate.MigrationListener;
import java.io.PrintStream;

/**
 * Prints one line per revision as it runs, as Alembic logs it:
 * {@code Running upgrade 1a2b3c4d5e6f -> 3f2a9c1b7d4e, Add product description}
 * ({@code Running upgrade  -> 1a2b3c4d5e6f, ...} from base, {@code Running downgrade 3f2a9c1b7d4e -> 1a2b3c4d5e6f, ...}).
 */
final class ProgressPrinter implements MigrationListener {
  private final PrintStream out;

  ProgressPrinter(PrintStream out) {
    this.out = out;
  }

  @Override
  public void running(Direction direction, RevisionInfo revision, String step) {
    String verb = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
    out.println("Running " + verb + " " + step + ", " + revision.shortMessage());
  }
}
