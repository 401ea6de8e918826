package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.script.Project;
import io.retort.runtime.migrate.MigrationListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort downgrade TARGET [--sql]}: {@link Commands#downgrade}, or {@link Commands#downgradeScript} ({@code FROM:TO}). */
@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert the database to a previous revision.")
final class DowngradeCommand extends MigrateCommand {
  @Parameters(index = "0", paramLabel = "TARGET",
      description = "-N, a revision id or unique prefix, base; with --sql a range FROM:TO such as head:-1 or 1a2b:base.")
  private String target;

  @Override
  protected String target() {
    return target;
  }

  @Override
  protected String script(Project project, String range) {
    return Commands.downgradeScript(project, range);
  }

  @Override
  protected void migrate(Project project, MigrationListener listener) {
    Commands.downgrade(project, target, listener);
  }
}
