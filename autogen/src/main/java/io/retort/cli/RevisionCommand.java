package io.retort.cli;

import io.retort.autogen.render.RevisionSpec;
import io.retort.runtime.RetortException;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.TargetResolver;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retort revision -m MSG}: writes a new, empty revision on top of the single head (or of
 * {@code --head}), for the user to fill in. {@link #placement} decides the parents the way Alembic
 * does; {@link NewRevision} checks the header; {@link RevisionFiles} writes the file.
 */
@Command(name = "revision", mixinStandardHelpOptions = true, description = "Create a new revision file.")
final class RevisionCommand extends ProjectCommand {
  @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the revision does; kept verbatim.")
  private String message;

  @Option(names = "--head", paramLabel = "REV",
      description = "The revision to build on (id, prefix, LABEL@head, or base for a new base); default: the single head.")
  private String head;

  @Option(names = "--splice", description = "Allow --head to be a revision that is not a head, starting a new branch from it.")
  private boolean splice;

  @Option(names = "--branch-label", paramLabel = "LABEL", description = "A label naming the branch this revision starts.")
  private String branchLabel;

  @Option(names = "--depends-on", paramLabel = "REV", description = "A revision that must be applied first without being a parent (repeatable).")
  private List<String> dependsOn = List.of();

  @Option(names = "--rev-id", paramLabel = "ID", description = "The new revision's id (12 lowercase hex characters) instead of a random one.")
  private String revId;

  @Override
  protected int run(ProjectContext project) {
    RevisionGraph graph = project.graph();
    NewRevision revision = NewRevision.create(graph, message, placement(graph), branchLabel, dependsOn, revId);
    RevisionSpec spec = revision.specBuilder(project.migrationsPackage()).build();
    RevisionFiles.write(project, spec, out());
    return 0;
  }

  /** The parents of the new revision: the single head, {@code --head}, or none (a new base). */
  private List<String> placement(RevisionGraph graph) {
    if (head == null) {
      List<String> heads = graph.heads();
      if (heads.size() > 1) {
        throw new RetortException("Multiple heads are present; please specify the head revision on which the new revision "
            + "should be based, or perform a merge. Heads: " + String.join(", ", heads) + "; e.g. 'retort revision -m MSG --head "
            + heads.get(0) + "' or 'retort merge -m MSG heads'");
      }
      return heads;
    }
    String spec = TargetSyntax.check(head);
    if (spec.equals("base")) {
      return List.of();
    }
    String parent = resolveHead(graph, spec);
    if (!graph.children(parent).isEmpty() && !splice) {
      throw new RetortException("Revision " + parent + " is not a head revision; pass --splice to create a new branch from it, "
          + "or give a head ('retort heads' lists them)");
    }
    return List.of(parent);
  }

  private static String resolveHead(RevisionGraph graph, String spec) {
    return new TargetResolver(graph).resolve(spec, List.of()).orElseThrow(
        () -> new RetortException("--head " + spec + " names no revision; give a revision id, prefix, LABEL@head or base"));
  }
}
