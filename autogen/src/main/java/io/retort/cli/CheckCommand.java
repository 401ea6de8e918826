package io.retort.cli;

import io.retort.autogen.compare.Comparison;
import io.retort.autogen.compare.RenameProposal;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code retort check}: exit 0 when the entities and the database agree, 1 with one line per
 * difference (the lines autogenerate prints) when they do not. For CI.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Exit 0 when the entities and the database agree; 1 and the differences when they do not.")
final class CheckCommand extends ProjectCommand {

  @Override
  protected int run(ProjectContext project) {
    Comparison comparison = EntityComparison.compare(project, java.util.Map.of());
    if (comparison.isEmpty()) {
      out().println("No new upgrade operations detected.");
      return 0;
    }
    List<String> lines = comparison.detectedLines();
    lines.forEach(out()::println);
    for (RenameProposal proposal : comparison.proposals()) {
      out().println(proposal.message());
    }
    err().println("FAILED: New upgrade operations detected: " + lines.size() + " difference(s) between the entities and the "
        + "database; write them as a revision with 'autogen \"MESSAGE\"'");
    return 1;
  }
}
