package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.script.Project;
import io.retort.runtime.migrate.MigrationListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort upgrade TARGET [--sql]}: {@link Commands#upgrade}, or {@link Commands#upgradeScript}. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Upgrade the database to a later revision.")
final class UpgradeCommand extends MigrateCommand {
  @Parameters(index = "0", paramLabel = "TARGET",
      description = "head, heads, a revision id or unique prefix, +N, BRANCH@head, BRANCH@+N; with --sql also FROM:TO.")
  private String target;

  @Override
  protected String target() {
    return target;
  }

  @Override
  protected String script(Project project, String range) {
    return Commands.upgradeScript(project, range);
  }

  @Override
  protected void migrate(Project project, MigrationListener listener) {
    Commands.upgrade(project, target, listener);
  }
}
