package io.retort.cli;

import io.retort.runtime.migrate.Migrator;
import io.retort.runtime.migrate.OfflineScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort downgrade TARGET [--sql]}: undoes revisions, or prints the script that would ({@code FROM:TO}). */
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
  protected String verb() {
    return "downgrade";
  }

  @Override
  protected String script(OfflineScript script, String range) {
    return script.downgrade(range);
  }

  @Override
  protected void migrate(Migrator migrator, String spec) {
    migrator.downgrade(spec);
  }
}
