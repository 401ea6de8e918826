package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code retort validate}: {@link Commands#validate}; exit 0 when what the database says is applied
 * is this project's, unedited, and 1 with one line per problem when not. With several databases it
 * validates each.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check the applied revisions: known to this project, and unedited since they ran; exit 1 with one line per problem.")
final class ValidateCommand extends ProjectCommand {
  /** Problems per database that has any (key null for a single-database project). */
  private final Map<String, Integer> problems = new LinkedHashMap<>();

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected int run(Project project) {
    List<String> found = Commands.validate(project);
    print(TextReport.validate(found));
    if (found.isEmpty()) {
      return 0;
    }
    problems.put(project.config().database(), found.size());
    return 1;
  }

  @Override
  protected int finish(int exit) {
    if (!problems.isEmpty()) {
      err().println("FAILED: " + TextReport.validateFailure(problems));
    }
    return exit;
  }
}
