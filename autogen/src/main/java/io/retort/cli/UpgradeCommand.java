package io.retort.cli;

import io.retort.runtime.migrate.Migrator;
import io.retort.runtime.migrate.OfflineScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort upgrade TARGET [--sql]}: applies revisions, or prints the script that would. */
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
  protected String verb() {
    return "upgrade";
  }

  @Override
  protected String script(OfflineScript script, String range) {
    return script.upgrade(range);
  }

  @Override
  protected void migrate(Migrator migrator, String spec) {
    migrator.upgrade(spec);
  }
}
