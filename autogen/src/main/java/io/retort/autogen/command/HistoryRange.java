package io.retort.autogen.command;

import io.retort.runtime.RetortException;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.RevisionRange;
import io.retort.runtime.graph.TargetSyntax;
import io.retort.runtime.graph.TargetResolver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The revisions {@code history -r FROM:TO} shows, as Alembic picks them: those between FROM and TO,
 * both included, newest first. An empty FROM means base, an empty TO means every head. FROM and
 * TO are anything {@code upgrade} takes ({@code head}, {@code heads}, an id or prefix, a branch
 * label, {@code LABEL@head}, {@code +N}/{@code -N}) or {@code current}, the heads the database is
 * at; only {@code current} and relative forms counted from the database read it.
 */
final class HistoryRange {
  private final RevisionGraph graph;
  private final TargetResolver resolver;
  private final Supplier<List<String>> currentHeads;
  private List<String> current;

  /**
   * @param currentHeads reads the database's heads; asked at most once, and only when the range needs it
   */
  HistoryRange(RevisionGraph graph, Supplier<List<String>> currentHeads) {
    this.graph = graph;
    this.resolver = new TargetResolver(graph);
    this.currentHeads = currentHeads;
  }

  /** Every revision, newest first. */
  List<RevisionInfo> all() {
    return newestFirst(graph);
  }

  /** Every revision of the graph, children before parents (the reverse of the upgrade order). */
  static List<RevisionInfo> newestFirst(RevisionGraph graph) {
    List<RevisionInfo> revisions = new ArrayList<>(graph.inOrder());
    Collections.reverse(revisions);
    return revisions;
  }

  /** The revisions of {@code FROM:TO}, newest first. */
  List<RevisionInfo> select(RevisionRange range) {
    String from = range.from() == null ? "" : range.from();
    String to = range.to() == null ? "" : range.to();
    Set<String> upper = upperBound(to);
    Set<String> selected = new LinkedHashSet<>(graph.closure(upper));
    Set<String> lower = lowerBound(from);
    if (!lower.isEmpty()) {
      Set<String> after = new LinkedHashSet<>();
      for (String start : lower) {
        if (!selected.contains(start)) {
          throw new RetortException("Revision " + start + " is not an ancestor of " + (upper.isEmpty() ? "base" : String.join(", ", upper))
              + ", so " + range + " is empty; put the older revision first");
        }
        after.add(start);
        after.addAll(graph.descendants(start));
      }
      selected.retainAll(after);
    }
    List<RevisionInfo> revisions = new ArrayList<>();
    for (RevisionInfo revision : all()) {
      if (selected.contains(revision.id())) {
        revisions.add(revision);
      }
    }
    return revisions;
  }

  private Set<String> upperBound(String to) {
    if (to.isEmpty() || to.equals("heads")) {
      return new LinkedHashSet<>(graph.heads());
    }
    if (to.equals("current")) {
      return new LinkedHashSet<>(current());
    }
    return optional(to);
  }

  private Set<String> lowerBound(String from) {
    if (from.isEmpty() || from.equals("base")) {
      return Set.of();
    }
    if (from.equals("current")) {
      return new LinkedHashSet<>(current());
    }
    if (from.equals("heads")) {
      return new LinkedHashSet<>(graph.heads());
    }
    return optional(from);
  }

  private Set<String> optional(String spec) {
    Set<String> ids = new LinkedHashSet<>();
    List<String> heads = TargetSyntax.countsFromDatabase(spec) ? current() : List.of();
    resolver.resolve(spec, heads).ifPresent(ids::add);
    return ids;
  }

  private List<String> current() {
    if (current == null) {
      current = currentHeads.get();
    }
    return current;
  }
}
