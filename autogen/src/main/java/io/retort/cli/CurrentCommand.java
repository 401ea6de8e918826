package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retort current}: {@link Commands#current}, one line each ({@code <id> (head)}); nothing at
 * base. A revision that stopped part-way ({@link Commands#partialRun}) gets a line after them.
 */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Display the current revision(s) of the database.")
final class CurrentCommand extends ProjectCommand {
  @Option(names = {"-v", "--verbose"}, description = "Show the full entry of each revision.")
  private boolean verbose;

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected int run(Project project) {
    print(new TextReport(project).current(Commands.current(project), verbose));
    print(TextReport.partialRun(Commands.partialRun(project)));
    return 0;
  }
}
