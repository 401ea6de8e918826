package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort merge -m MSG REV...}: {@link Commands#merge}; {@code heads} stands for every current head. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge two or more revisions (e.g. 'heads') into one.")
final class MergeCommand extends ProjectCommand {
  @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the merge is for.")
  private String message;

  @Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the merge revision.")
  private String branchLabel;

  @Option(names = "--rev-id", paramLabel = "ID", description = "The id of the merge revision (12 lowercase hex characters) instead of a random one.")
  private String revId;

  @Parameters(arity = "1..*", paramLabel = "REV", description = "The revisions to merge: ids, prefixes, branch labels, or 'heads'.")
  private List<String> revisions;

  @Override
  protected int run(Project project) {
    print(TextReport.revision(Commands.merge(project, message, revisions, branchLabel, revId)));
    return 0;
  }
}
