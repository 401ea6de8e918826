package io.retort.cli;

import io.retort.autogen.render.RevisionSpec;
import io.retort.runtime.RetortException;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.TargetResolver;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code retort merge -m MSG REV...}: writes a revision with several parents that joins branches
 * back into one head; {@code heads} stands for every current head. The merge itself has no
 * operations (add some by hand when the branches need reconciling).
 */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge two or more revisions (e.g. 'heads') into one.")
final class MergeCommand extends ProjectCommand {
  @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the merge is for.")
  private String message;

  @Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the merge revision.")
  private String branchLabel;

  @Option(names = "--rev-id", paramLabel = "ID", description = "The id of the merge revision (12 lowercase hex characters) instead of a random one.")
  private String revId;

  @Parameters(arity = "1..*", paramLabel = "REV", description = "The revisions to merge: ids, prefixes, branch labels, or 'heads'.")
  private List<String> revisions;

  @Override
  protected int run(ProjectContext project) {
    RevisionGraph graph = project.graph();
    List<String> parents = parents(graph);
    NewRevision merge = NewRevision.create(graph, message, parents, branchLabel, List.of(), revId);
    RevisionSpec spec = merge.specBuilder(project.migrationsPackage()).build();
    RevisionFiles.write(project, spec, out());
    return 0;
  }

  private List<String> parents(RevisionGraph graph) {
    TargetResolver resolver = new TargetResolver(graph);
    List<String> parents = new ArrayList<>();
    for (String spec : revisions) {
      List<String> ids = spec.trim().equals("heads") ? graph.heads() : List.of(resolver.resolve(TargetSyntax.check(spec), List.of())
          .orElseThrow(() -> new RetortException("Cannot merge base; name the revisions to merge, or 'heads'")));
      for (String id : ids) {
        if (!parents.contains(id)) {
          parents.add(id);
        }
      }
    }
    if (parents.size() < 2) {
      throw new RetortException("Nothing to merge: " + String.join(" ", revisions) + " is only " + (parents.isEmpty() ? "base"
          : "revision " + parents.get(0)) + "; a merge joins two or more heads ('retort heads' lists them)");
    }
    for (String a : parents) {
      for (String b : parents) {
        if (!a.equals(b) && graph.descendants(a).contains(b)) {
          throw new RetortException("Revision " + a + " is an ancestor of " + b + ", so they are on one branch already; "
              + "merge revisions of different branches");
        }
      }
    }
    return parents;
  }
}
