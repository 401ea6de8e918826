package io.retort.autogen.script;

import io.retort.autogen.render.RevisionSpec;
import io.retort.runtime.RetortException;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.TargetResolver;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header of a revision about to be written, checked against the graph: a new id, its parents,
 * its branch label and dependencies. {@link #specBuilder} starts the {@link RevisionSpec} that the
 * command fills with operations (none for an empty revision or a merge) and writes.
 *
 * @param id the new revision's id
 * @param message the message, verbatim
 * @param parents parent ids (none for a new base, several for a merge)
 * @param branchLabels the branch label it starts, if any
 * @param dependsOn ids it depends on without being their child
 */
public record NewRevision(String id, String message, List<String> parents, List<String> branchLabels, List<String> dependsOn) {
  private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

  public NewRevision {
    parents = List.copyOf(parents);
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
  }

  /**
   * Checks everything that refers to the graph.
   *
   * @param branchLabel a new label or null
   * @param dependsOn revisions as typed (ids, prefixes, labels), resolved to full ids here
   * @param requestedId {@code --rev-id}, or null for a random id
   */
  public static NewRevision create(RevisionGraph graph, String message, List<String> parents, String branchLabel,
      List<String> dependsOn, String requestedId) {
    if (message.isBlank()) {
      throw new RetortException("The message is empty; say what the revision does with -m \"...\"");
    }
    if (message.indexOf('\uFFFD') >= 0) {
      throw new RetortException("The message '" + message + "' has characters Java could not decode from the command line, "
          + "because the locale is not UTF-8; run with a UTF-8 locale (e.g. LC_ALL=C.UTF-8; bin/retort sets it)");
    }
    List<String> labels = branchLabel == null ? List.of() : List.of(checkedLabel(graph, branchLabel.trim()));
    String id = RevisionIds.newId(graph, requestedId);
    return new NewRevision(id, message, parents, labels, resolveDependencies(graph, dependsOn));
  }

  private static String checkedLabel(RevisionGraph graph, String label) {
    if (!LABEL.matcher(label).matches() || RESERVED.contains(label)) {
      throw new RetortException("Invalid branch label '" + label + "': use letters, digits, '_' and '.', starting with a "
          + "letter or '_' (not head, heads, base or current)");
    }
    String owner = graph.branchLabels().get(label);
    if (owner != null) {
      throw new RetortException("Branch label '" + label + "' is already used by revision " + owner
          + "; a label names one branch, pick another");
    }
    if (graph.contains(label)) {
      throw new RetortException("Branch label '" + label + "' is also a revision id; pick another label");
    }
    return label;
  }

  private static List<String> resolveDependencies(RevisionGraph graph, List<String> specs) {
    TargetResolver resolver = new TargetResolver(graph);
    List<String> ids = new ArrayList<>();
    for (String spec : specs) {
      String id = resolver.resolve(spec.trim(), List.of()).orElseThrow(() -> new RetortException(
          "--depends-on " + spec + " names no revision; give a revision id, prefix or branch label"));
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** A spec for this header in {@code packageName}, created now (to the second), without operations. */
  public RevisionSpec.Builder specBuilder(String packageName) {
    return RevisionSpec.builder(packageName, id, message, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
        .revises(parents.toArray(String[]::new))
        .branchLabels(branchLabels.toArray(String[]::new))
        .dependsOn(dependsOn.toArray(String[]::new));
  }
}
