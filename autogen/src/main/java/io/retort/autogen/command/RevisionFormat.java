package io.retort.autogen.command;

import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How revisions are printed, following Alembic's formats so that its users read them at a glance:
 * <pre>
 * history:  1a2b3c4d5e6f -> 3f2a9c1b7d4e (shop) (head), Add product description
 *           &lt;base&gt; -> 1a2b3c4d5e6f (branchpoint), Create products
 * heads:    3f2a9c1b7d4e (shop) (head)
 * current:  3f2a9c1b7d4e (head)
 * </pre>
 * and the multi-line entry of {@code show} and {@code --verbose} ({@code Rev:}, {@code Parent:} or
 * {@code Merges:}, {@code Also depends on:}, {@code Branches into:}, {@code Branch names:},
 * {@code Path:}, {@code Class:}, {@code Create Date:}, then the message indented). Ids are always full.
 */
public final class RevisionFormat {
  private final RevisionGraph graph;
  private final Function<RevisionInfo, String> location;

  /**
   * @param graph the graph the revisions belong to (for head, branch point and children)
   * @param location where a revision lives, for the {@code Path:} line
   */
  public RevisionFormat(RevisionGraph graph, Function<RevisionInfo, String> location) {
    this.graph = graph;
    this.location = location;
  }

  /**
   * {@code history}: {@code <parents> (<dependencies>) -> <id> (<labels>) (head) (branchpoint) (mergepoint), <message>};
   * with {@code --indicate-current}, {@code (current)} after the markers of a revision the database is at.
   */
  public String historyLine(RevisionInfo revision, boolean current) {
    StringBuilder line = new StringBuilder(parents(revision));
    if (!revision.dependsOn().isEmpty()) {
      line.append(" (").append(String.join(", ", revision.dependsOn())).append(")");
    }
    line.append(" -> ").append(revision.id()).append(labels(revision)).append(headMarker(revision)).append(treeMarkers(revision));
    if (current) {
      line.append(" (current)");
    }
    return line.append(", ").append(revision.shortMessage()).toString();
  }

  /** {@code heads}: {@code <id> (<labels>) (head)}. */
  public String headLine(RevisionInfo revision) {
    return revision.id() + labels(revision) + headMarker(revision);
  }

  /** {@code current}: {@code <id> (head)} when the revision is a head of the graph, else {@code <id>}. */
  public String currentLine(RevisionInfo revision) {
    return revision.id() + headMarker(revision);
  }

  /** A branch point in {@code branches}: {@code <id> (<labels>) (head) (branchpoint) (mergepoint)}. */
  public String branchPointLine(RevisionInfo revision) {
    return revision.id() + labels(revision) + headMarker(revision) + treeMarkers(revision);
  }

  /** A child under a branch point in {@code branches}: indented by the id's width, {@code -> <id> (<labels>) (head)...}. */
  public String branchLine(RevisionInfo branchPoint, RevisionInfo child, boolean withMessage) {
    String line = " ".repeat(branchPoint.id().length()) + " -> " + branchPointLine(child);
    return withMessage ? line + ", " + child.shortMessage() : line;
  }

  /** The full entry of {@code show} and {@code --verbose}; ends with an empty line. */
  public List<String> entry(RevisionInfo revision) {
    List<String> lines = new ArrayList<>();
    lines.add("Rev: " + revision.id() + headMarker(revision) + treeMarkers(revision));
    lines.add((revision.isMerge() ? "Merges: " : "Parent: ") + parents(revision));
    if (!revision.dependsOn().isEmpty()) {
      lines.add("Also depends on: " + String.join(", ", revision.dependsOn()));
    }
    List<String> children = graph.children(revision.id());
    if (children.size() > 1) {
      lines.add("Branches into: " + String.join(", ", children));
    } else if (children.size() == 1) {
      lines.add("Child: " + children.get(0));
    }
    if (!revision.branchLabels().isEmpty()) {
      lines.add("Branch names: " + String.join(", ", revision.branchLabels()));
    }
    lines.add("Path: " + location.apply(revision));
    lines.add("Class: " + revision.className());
    if (!revision.createDate().isEmpty()) {
      lines.add("Create Date: " + revision.createDate());
    }
    lines.add("");
    revision.message().lines().forEach(l -> lines.add(l.isBlank() ? "" : "    " + l));
    lines.add("");
    return lines;
  }

  private static String parents(RevisionInfo revision) {
    return revision.isBase() ? "<base>" : String.join(", ", revision.parents());
  }

  private static String labels(RevisionInfo revision) {
    return revision.branchLabels().isEmpty() ? "" : " (" + String.join(", ", revision.branchLabels()) + ")";
  }

  private String headMarker(RevisionInfo revision) {
    return graph.children(revision.id()).isEmpty() ? " (head)" : "";
  }

  private String treeMarkers(RevisionInfo revision) {
    return (graph.isBranchPoint(revision.id()) ? " (branchpoint)" : "") + (revision.isMerge() ? " (mergepoint)" : "");
  }
}
