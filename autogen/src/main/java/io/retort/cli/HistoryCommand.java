package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort history [-r FROM:TO]}: {@link Commands#history}, newest first, one line each (Alembic's format). */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the revisions, newest first.")
final class HistoryCommand extends ProjectCommand {
  @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
      description = "[start]:[end], each a revision id or prefix, head, heads, base, a branch label, +N/-N or current.")
  private String range;

  @Option(names = {"-v", "--verbose"}, description = "Show the full entry of each revision.")
  private boolean verbose;

  @Option(names = {"-i", "--indicate-current"}, description = "Mark the revisions the database is at with (current); connects.")
  private boolean indicateCurrent;

  @Override
  protected int run(Project project) {
    List<String> current = indicateCurrent ? project.currentHeads() : List.of();
    print(new TextReport(project).history(Commands.history(project, range), current, verbose));
    return 0;
  }
}
