package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort heads}: {@link Commands#heads}, one line each ({@code <id> (<label>) (head)}). */
@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the current head revisions of the project.")
final class HeadsCommand extends ProjectCommand {
  @Option(names = {"-v", "--verbose"}, description = "Show the full entry of each revision.")
  private boolean verbose;

  @Override
  protected int run(Project project) {
    print(new TextReport(project).heads(Commands.heads(project), verbose));
    return 0;
  }
}
