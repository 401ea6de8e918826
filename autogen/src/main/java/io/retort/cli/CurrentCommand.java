package io.retort.cli;

import io.retort.runtime.RetortException;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.migrate.ConnectionSource;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort current}: the revisions the database is at, one line each ({@code <id> (head)}); nothing at base. */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Display the current revision(s) of the database.")
final class CurrentCommand extends ProjectCommand {
  @Option(names = {"-v", "--verbose"}, description = "Show the full entry of each revision.")
  private boolean verbose;

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected int run(ProjectContext project) {
    RevisionGraph graph = project.graph();
    List<String> heads = project.currentHeads();
    RevisionFormat format = new RevisionFormat(graph, project::locationOf);
    if (verbose) {
      out().println("Current revision(s) for " + ConnectionSource.redact(project.url()) + ":");
    }
    for (String id : heads) {
      if (!graph.contains(id)) {
        throw new RetortException("The database is at revision " + id + ", which is not among the revisions of this project: "
            + "restore its file, or if it was removed on purpose, 'retort stamp' the database to a known revision");
      }
      if (verbose) {
        format.entry(graph.get(id)).forEach(out()::println);
      } else {
        out().println(format.currentLine(graph.get(id)));
      }
    }
    return 0;
  }
}
