package io.retort.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort upgrade TARGET [--sql]}: applies revisions, or prints the script that would. */
@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Upgrade the database to a later revision.")
final class UpgradeCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "TARGET",
      description = "head, heads, a revision id or unique prefix, +N, BRANCH@head, BRANCH@+N; with --sql also FROM:TO.")
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
      out().print(project.offlineScript().upgrade(OfflineRange.check(target)));
      return 0;
    }
    String spec = OfflineRange.refuseRange(target, "upgrade");
    project.migrator().listener(new ProgressPrinter(out())).upgrade(spec);
    return 0;
  }
}
