package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort stamp TARGET}: {@link Commands#stamp}, the version table set without running any revision. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
    description = "Set the version table to a revision without running any migration.")
final class StampCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "TARGET", description = "head, heads, a revision id or unique prefix, BRANCH@head, base.")
  private String target;

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected int run(Project project) {
    print(TextReport.stamp(interrupts().whileRunning(project.migrator()::interrupt, () -> Commands.stamp(project, target))));
    return 0;
  }
}
