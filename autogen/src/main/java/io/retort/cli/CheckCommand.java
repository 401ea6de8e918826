package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.compare.Comparison;
import io.retort.autogen.script.Project;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code retort check}: {@link Commands#check}; exit 1 with one line per difference when the
 * entities and the database differ. With several databases it checks each, and fails once,
 * naming the databases that differ.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Exit 0 when the entities and the database agree; 1 and the differences when they do not.")
final class CheckCommand extends ProjectCommand {
  /** Differences per database that differs (key null for a single-database project). */
  private final Map<String, Integer> differences = new LinkedHashMap<>();

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected int run(Project project) {
    Comparison comparison = Commands.check(project);
    print(TextReport.check(comparison));
    if (comparison.isEmpty()) {
      return 0;
    }
    differences.put(project.config().database(), comparison.detectedLines().size());
    return 1;
  }

  @Override
  protected int finish(int exit) {
    if (!differences.isEmpty()) {
      err().println("FAILED: " + TextReport.checkFailure(differences));
    }
    return exit;
  }
}
