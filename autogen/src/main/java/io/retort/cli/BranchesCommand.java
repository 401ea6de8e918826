package io.retort.cli;

import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retort branches}: every branch point, newest first, with the revisions it branches into
 * indented under it and an empty line after each:
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
  protected int run(ProjectContext project) {
    RevisionGraph graph = project.graph();
    RevisionFormat format = new RevisionFormat(graph, project::locationOf);
    for (RevisionInfo revision : HistoryRange.newestFirst(graph)) {
      if (!graph.isBranchPoint(revision.id())) {
        continue;
      }
      if (verbose) {
        format.entry(revision).forEach(out()::println);
      } else {
        out().println(format.branchPointLine(revision));
      }
      for (String child : graph.children(revision.id())) {
        out().println(format.branchLine(revision, graph.get(child), verbose));
      }
      out().println();
    }
    return 0;
  }
}
