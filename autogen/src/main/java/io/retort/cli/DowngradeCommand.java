package io.retort.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort downgrade TARGET [--sql]}: undoes revisions, or prints the script that would ({@code FROM:TO}). */
@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert the database to a previous revision.")
final class DowngradeCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "TARGET",
      description = "-N, a revision id or unique prefix, base; with --sql a range FROM:TO such as head:-1 or 1a2b:base.")
  private String target;

  @Option(names = "--sql", description = "Print the SQL script to standard output instead of running it; no connection is made.")
  private boolean sql;

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
      out().print(project.offlineScript().downgrade(OfflineRange.check(target)));
      return 0;
    }
    String spec = OfflineRange.refuseRange(target, "downgrade");
    project.migrator().listener(new ProgressPrinter(out())).downgrade(spec);
    return 0;
  }
}
