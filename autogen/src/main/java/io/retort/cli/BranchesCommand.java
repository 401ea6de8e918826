package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retort branches}: {@link Commands#branches}, every branch point, newest first, with the
 * revisions it branches into indented under it and an empty line after each:
 * <pre>
 * 1a2b3c4d5e6f (branchpoint)
 *              -> 3f2a9c1b7d4e (head)
 *              -> 9e8d7c6b5a41 (audit) (head)
 * </pre>
 */
@Command(name = "branches", mixinStandardHelpOptions = true, description = "Show the branch points of the revision graph.")
final class BranchesCommand extends ProjectCommand {
  @Option(names = {"-v", "--verbose"}, description = "Show the full entry of each branch point and the messages of its branches.")
  private boolean verbose;

  @Override
  protected int run(Project project) {
    print(new TextReport(project).branches(Commands.branches(project), verbose));
    return 0;
  }
}
