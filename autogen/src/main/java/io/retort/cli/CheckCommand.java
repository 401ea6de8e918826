package io.retort.cli;

import io.retort.autogen.compare.Comparison;
import io.retort.autogen.compare.RenameProposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code retort check}: exit 0 when the entities and the database agree, 1 with one line per
 * difference (the lines autogenerate prints) when they do not. For CI. With several databases it
 * checks each, and fails once, naming the databases that differ.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Exit 0 when the entities and the database agree; 1 and the differences when they do not.")
final class CheckCommand extends ProjectCommand {
  /** The differences of one database that differs from its entities ({@code database} null for a single-database project). */
  private record Differences(String database, int count) {
  }

  private final List<Differences> differences = new ArrayList<>();

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected int run(ProjectContext project) {
    Comparison comparison = EntityComparison.compare(project, Map.of());
    if (comparison.isEmpty()) {
      out().println("No new upgrade operations detected.");
      return 0;
    }
    List<String> lines = comparison.detectedLines();
    lines.forEach(out()::println);
    for (RenameProposal proposal : comparison.proposals()) {
      out().println(proposal.message());
    }
    differences.add(new Differences(project.config().database(), lines.size()));
    return 1;
  }

  @Override
  protected int finish(int exit) {
    if (differences.isEmpty()) {
      return exit;
    }
    if (differences.size() == 1 && differences.get(0).database() == null) {
      err().println("FAILED: New upgrade operations detected: " + differences.get(0).count() + " difference(s) between the "
          + "entities and the database; write them as a revision with 'autogen \"MESSAGE\"'");
      return exit;
    }
    List<String> databases = new ArrayList<>();
    differences.forEach(d -> databases.add(d.count() + " in '" + d.database() + "'"));
    err().println("FAILED: New upgrade operations detected: " + String.join(", ", databases) + " (differences between the "
        + "entities and the database); write them as a revision with 'autogen \"MESSAGE\" --db NAME'");
    return exit;
  }
}
