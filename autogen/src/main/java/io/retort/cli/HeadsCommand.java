package io.retort.cli;

import io.retort.runtime.graph.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort heads}: the revisions nothing revises yet, one line each ({@code <id> (<label>) (head)}). */
@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the current head revisions of the project.")
final class HeadsCommand extends ProjectCommand {
  @Option(names = {"-v", "--verbose"}, description = "Show the full entry of each revision.")
  private boolean verbose;

  @Override
  protected int run(ProjectContext project) {
    RevisionGraph graph = project.graph();
    RevisionFormat format = new RevisionFormat(graph, project::locationOf);
    for (String id : graph.heads()) {
      if (verbose) {
        format.entry(graph.get(id)).forEach(out()::println);
      } else {
        out().println(format.headLine(graph.get(id)));
      }
    }
    return 0;
  }
}
