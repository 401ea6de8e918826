package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort show REV}: {@link Commands#show}, everything about a revision. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the full details of a revision.")
final class ShowCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "REV", description = "A revision id or unique prefix, a branch label, head, heads or current.")
  private String revision;

  @Override
  protected int run(Project project) {
    print(new TextReport(project).show(Commands.show(project, revision)));
    return 0;
  }
}
