package io.retort.runtime.migrate;

import io.retort.runtime.RetortException;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.TargetResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out which revisions an upgrade, downgrade or stamp runs, from the graph and the heads the
 * database is at. Pure: no database involved.
 */
public final class Planner {
  private static final java.util.regex.Pattern STEPS_BACK = java.util.regex.Pattern.compile("-(\\d+)");
  private final RevisionGraph graph;
  private final TargetResolver resolver;

  public Planner(RevisionGraph graph) {
    this.graph = graph;
    this.resolver = new TargetResolver(graph);
  }

  public TargetResolver resolver() {
    return resolver;
  }

  /** Everything the target needs that is not applied yet, parents first. */
  public Plan upgrade(Collection<String> currentHeads, String target) {
    checkKnown(currentHeads);
    Set<String> applied = graph.closure(currentHeads);
    Set<String> destination = resolver.upgradeTarget(target, currentHeads);
    List<String> behind = destination.stream().filter(applied::contains).filter(id -> !currentHeads.contains(id)).toList();
    if (!behind.isEmpty() && applied.containsAll(destination)) {
      throw new RetortException("Destination " + String.join(", ", behind) + " is not a valid upgrade target from the current "
          + "head(s) " + describe(currentHeads) + ": it is applied already and the database is past it; to go back to it, "
          + "run 'retort downgrade " + behind.get(0) + "'");
    }
    Set<String> needed = new LinkedHashSet<>(graph.closure(destination));
    needed.removeAll(applied);
    return walk(Direction.UPGRADE, applied, graph.sorted(needed));
  }

  /**
   * Everything applied that comes after the target, children first. {@code -N} undoes the last N
   * revisions one head at a time, so {@code downgrade -1} right after a merge undoes just the merge.
   */
  public Plan downgrade(Collection<String> currentHeads, String target) {
    checkKnown(currentHeads);
    Set<String> applied = graph.closure(currentHeads);
    java.util.regex.Matcher steps = STEPS_BACK.matcher(target.trim());
    if (steps.matches()) {
      return walk(Direction.DOWNGRADE, applied, lastApplied(applied, Integer.parseInt(steps.group(1)), target.trim()));
    }
    Optional<String> destination = resolver.downgradeTarget(target, currentHeads);
    Set<String> remove = new LinkedHashSet<>();
    if (destination.isEmpty()) {
      remove.addAll(applied);
    } else {
      String to = destination.get();
      if (!applied.contains(to)) {
        throw new RetortException("Revision " + to + " is not applied (the database is at "
            + describe(currentHeads) + "), so it is not a downgrade target; 'retort current' shows where the database is");
      }
      for (String id : graph.descendants(to)) {
        if (applied.contains(id)) {
          remove.add(id);
        }
      }
    }
    List<String> order = new ArrayList<>(graph.sorted(remove));
    java.util.Collections.reverse(order);
    return walk(Direction.DOWNGRADE, applied, order);
  }

  /** The last {@code count} revisions, undone one single head at a time; refused where the heads branch. */
  private List<String> lastApplied(Set<String> applied, int count, String spec) {
    Set<String> remaining = new LinkedHashSet<>(applied);
    List<String> undone = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> heads = graph.headsOf(remaining);
      if (heads.isEmpty()) {
        throw new RetortException("Relative revision " + spec + " goes back past base: only " + i + " revision(s) are applied");
      }
      if (heads.size() > 1) {
        throw new RetortException("Relative revision " + spec + " is ambiguous: " + (i == 0 ? "the database has" : "after undoing "
            + String.join(", ", undone) + " the database has") + " several heads (" + String.join(", ", heads)
            + "); downgrade to a revision by id, or count from one head, e.g. " + heads.get(0) + "-1");
      }
      undone.add(heads.get(0));
      remaining.remove(heads.get(0));
    }
    return undone;
  }

  /** The heads the version table holds after {@code stamp target}. */
  public List<String> stamp(Collection<String> currentHeads, String target) {
    Set<String> destination = resolver.upgradeTarget(target, currentHeads);
    return graph.headsOf(graph.closure(destination));
  }

  private Plan walk(Direction direction, Set<String> applied, List<String> order) {
    Set<String> state = new LinkedHashSet<>(applied);
    List<RevisionInfo> steps = new ArrayList<>();
    List<List<String>> before = new ArrayList<>();
    for (String id : order) {
      before.add(graph.headsOf(state));
      steps.add(graph.get(id));
      if (direction == Direction.UPGRADE) {
        state.add(id);
      } else {
        state.remove(id);
      }
    }
    return new Plan(direction, steps, before, graph.headsOf(state));
  }

  /** Refuses heads the graph does not have, with what to do about it. */
  void checkKnown(Collection<String> heads) {
    for (String head : heads) {
      if (!graph.contains(head)) {
        throw new RetortException(unknownHead(head));
      }
    }
  }

  /** What is wrong when the database is at a revision the graph lacks. */
  static String unknownHead(String head) {
    return "The database is at revision " + head + ", which is not among the revisions of this project: "
        + "restore its file, or if it was removed on purpose, 'retort stamp' the database to a known revision";
  }

  public static String describe(Collection<String> heads) {
    return heads.isEmpty() ? "base (no revision applied)" : String.join(", ", heads);
  }
}
