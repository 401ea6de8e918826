package io.retort.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort stamp TARGET}: sets the version table without running any revision. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
    description = "Set the version table to a revision without running any migration.")
final class StampCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "TARGET", description = "head, heads, a revision id or unique prefix, BRANCH@head, base.")
  private String target;

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected int run(ProjectContext project) {
    String spec = TargetSyntax.check(target);
    List<String> before = project.currentHeads();
    List<String> after = project.migrator().stamp(spec);
    out().println("Running stamp_revision " + String.join(", ", before) + " -> " + String.join(", ", after));
    return 0;
  }
}
