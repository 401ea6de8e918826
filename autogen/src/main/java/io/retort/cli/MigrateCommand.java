package io.retort.cli;

import io.retort.autogen.command.ProgressLines;
import io.retort.autogen.script.Project;
import io.retort.runtime.migrate.MigrationListener;
import picocli.CommandLine.Option;

/**
 * What {@code upgrade} and {@code downgrade} share: run revisions against the database (on each
 * database in turn for a multidb project), printing a line per revision, or with {@code --sql}
 * print the script that would, for one database, without connecting. A SIGINT or SIGTERM while it
 * runs interrupts the migrator (see {@link Interrupts}).
 */
abstract class MigrateCommand extends ProjectCommand {
  @Option(names = "--sql", description = "Print the SQL script to standard output instead of running it; no connection is made.")
  private boolean sql;

  /** The script of {@code range} ({@code TARGET} or {@code FROM:TO}). */
  protected abstract String script(Project project, String range);

  /** Runs the revisions to the target. */
  protected abstract void migrate(Project project, MigrationListener listener);

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
  protected int run(Project project) {
    if (sql) {
      out().print(script(project, target()));
      return 0;
    }
    interrupts().whileRunning(project.migrator()::interrupt, () -> {
      migrate(project, new ProgressLines(out()::println));
      return null;
    });
    return 0;
  }

  /** The TARGET argument as typed. */
  protected abstract String target();
}
