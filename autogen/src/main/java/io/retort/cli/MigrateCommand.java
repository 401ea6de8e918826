package io.retort.cli;

import io.retort.runtime.migrate.Migrator;
import io.retort.runtime.migrate.OfflineScript;
import picocli.CommandLine.Option;

/**
 * What {@code upgrade} and {@code downgrade} share: run revisions against the database (on each
 * database in turn for a multidb project), or with {@code --sql} print the script that would, for
 * one database, without connecting.
 */
abstract class MigrateCommand extends ProjectCommand {
  @Option(names = "--sql", description = "Print the SQL script to standard output instead of running it; no connection is made.")
  private boolean sql;

  /** The TARGET argument as typed. */
  protected abstract String target();

  /** {@code upgrade} or {@code downgrade}, for messages. */
  protected abstract String verb();

  /** The script of {@code range} ({@code TARGET} or {@code FROM:TO}). */
  protected abstract String script(OfflineScript script, String range);

  /** Runs the revisions up or down to {@code target}. */
  protected abstract void migrate(Migrator migrator, String target);

  /** Online, on each database in turn; a script ({@code --sql}) is one database's. */
  @Override
  protected boolean runsOnEachDatabase() {
    return !sql;
  }

  @Override
  protected String usage() {
    return super.usage() + (sql ? " --sql" : "");
  }

  @Override
  protected int run(ProjectContext project) {
    if (sql) {
      out().print(script(project.offlineScript(), OfflineRange.check(target())));
      return 0;
    }
    String spec = OfflineRange.refuseRange(target(), verb());
    migrate(project.migrator().listener(new ProgressPrinter(out())), spec);
    return 0;
  }
}
