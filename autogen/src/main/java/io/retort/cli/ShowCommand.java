package io.retort.cli;

import io.retort.runtime.RetortException;
import io.retort.runtime.graph.RevisionGraph;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code retort show REV}: everything about a revision (id, parents, children or branches, labels,
 * dependencies, file, class, create date, message). REV is an id or prefix, a branch label,
 * {@code head}, {@code heads}, {@code LABEL@head}, or {@code current} (the database's revisions).
 */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the full details of a revision.")
final class ShowCommand extends ProjectCommand {
  @Parameters(index = "0", paramLabel = "REV", description = "A revision id or unique prefix, a branch label, head, heads or current.")
  private String revision;

  @Override
  protected int run(ProjectContext project) {
    RevisionGraph graph = project.graph();
    RevisionFormat format = new RevisionFormat(graph, project::locationOf);
    for (String id : ids(project, graph, TargetSyntax.check(revision))) {
      format.entry(graph.get(id)).forEach(out()::println);
    }
    return 0;
  }

  private static List<String> ids(ProjectContext project, RevisionGraph graph, String spec) {
    if (spec.equals("heads")) {
      return graph.heads();
    }
    if (spec.equals("current")) {
      List<String> current = project.currentHeads();
      if (current.isEmpty()) {
        throw new RetortException("The database is at base (no revision applied), so there is no current revision to show");
      }
      return current;
    }
    List<String> heads = TargetSyntax.countsFromDatabase(spec) ? project.currentHeads() : List.of();
    return List.of(project.resolver().resolve(spec, heads).orElseThrow(() -> new RetortException(
        "'" + spec + "' is base, which is not a revision; give a revision id, prefix, branch label or head")));
  }
}
