package io.retort.runtime.graph;

import io.retort.runtime.RetortException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user types into revisions: {@code head}, {@code heads}, {@code base}, a full id or
 * a unique prefix, a branch label, {@code LABEL@head}, and relative forms {@code +N}, {@code -N},
 * {@code REV+N}, {@code REV-N}, {@code LABEL@+N}. Every failure says what was ambiguous or unknown
 * and how to say it precisely, as Alembic does.
 */
public final class TargetResolver {
  private static final Pattern RELATIVE = Pattern.compile("^(.*?)([+-])(\\d+)$");

  private final RevisionGraph graph;

  public TargetResolver(RevisionGraph graph) {
    this.graph = graph;
  }

  /**
   * The revisions an upgrade must reach, given the current heads. Empty means base.
   */
  public Set<String> upgradeTarget(String target, Collection<String> currentHeads) {
    String spec = target.trim();
    if (spec.equals("heads")) {
      return new LinkedHashSet<>(graph.heads());
    }
    Matcher relative = RELATIVE.matcher(spec);
    if (relative.matches() && relative.group(2).equals("-")) {
      throw new RetortException("'" + spec + "' moves backwards; use 'retort downgrade " + spec + "'");
    }
    return optionalSet(resolve(spec, currentHeads));
  }

  /** The revision a downgrade goes back to; empty means base. */
  public Optional<String> downgradeTarget(String target, Collection<String> currentHeads) {
    String spec = target.trim();
    Matcher relative = RELATIVE.matcher(spec);
    if (relative.matches() && relative.group(2).equals("+")) {
      throw new RetortException("'" + spec + "' moves forwards; use 'retort upgrade " + spec + "'");
    }
    if (spec.equals("heads")) {
      throw new RetortException("'heads' is not a downgrade target; give a revision, -N or base");
    }
    return resolve(spec, currentHeads);
  }

  /** One revision (or base, as empty) from any spec; relative forms count from {@code currentHeads}. */
  public Optional<String> resolve(String spec, Collection<String> currentHeads) {
    if (spec.isEmpty()) {
      throw new RetortException("Empty revision; give head, base, a revision id, +N or -N");
    }
    Matcher relative = RELATIVE.matcher(spec);
    if (relative.matches()) {
      String anchor = relative.group(1);
      int steps = Integer.parseInt(relative.group(3));
      boolean forward = relative.group(2).equals("+");
      Optional<String> from = anchorOf(anchor, currentHeads, spec);
      return forward ? forward(from, steps, spec) : backward(from, steps, spec);
    }
    return resolveAbsolute(spec);
  }

  private Optional<String> anchorOf(String anchor, Collection<String> currentHeads, String spec) {
    if (anchor.isEmpty()) {
      if (currentHeads.size() > 1) {
        throw new RetortException("The database has several heads (" + String.join(", ", currentHeads) + "), so '" + spec
            + "' is ambiguous: count from one of them, e.g. " + currentHeads.iterator().next() + spec);
      }
      return currentHeads.stream().findFirst();
    }
    if (anchor.endsWith("@")) {
      String label = anchor.substring(0, anchor.length() - 1);
      String labelled = label(label);
      Set<String> branch = new LinkedHashSet<>(graph.descendants(labelled));
      branch.add(labelled);
      List<String> onBranch = currentHeads.stream().filter(h -> graph.closure(List.of(h)).contains(labelled)).toList();
      if (onBranch.size() > 1) {
        throw new RetortException("Branch '" + label + "' has several current heads: " + String.join(", ", onBranch));
      }
      if (onBranch.isEmpty()) {
        // nothing of this branch applied yet: count from where the branch starts
        RevisionInfo start = graph.get(labelled);
        return start.parents().size() == 1 ? Optional.of(start.parents().get(0)) : Optional.empty();
      }
      return Optional.of(onBranch.get(0));
    }
    return resolveAbsolute(anchor);
  }

  private Optional<String> forward(Optional<String> from, int steps, String spec) {
    Optional<String> at = from;
    for (int i = 0; i < steps; i++) {
      List<String> next = at.isPresent() ? graph.children(at.get()) : graph.bases();
      if (next.isEmpty()) {
        throw new RetortException("Relative revision " + spec + " goes past the last revision (" + at.orElse("base")
            + " is a head); there are only " + i + " revision(s) to apply");
      }
      if (next.size() > 1) {
        throw new RetortException("Relative revision " + spec + " is ambiguous: " + at.orElse("base") + " branches into "
            + String.join(", ", next) + "; give a revision id or LABEL@+N");
      }
      at = Optional.of(next.get(0));
    }
    return at;
  }

  private Optional<String> backward(Optional<String> from, int steps, String spec) {
    Optional<String> at = from;
    for (int i = 0; i < steps; i++) {
      if (at.isEmpty()) {
        throw new RetortException("Relative revision " + spec + " goes back past base");
      }
      List<String> parents = graph.get(at.get()).parents();
      if (parents.size() > 1) {
        throw new RetortException("Relative revision " + spec + " is ambiguous: " + at.get() + " is a merge of "
            + String.join(", ", parents) + "; name one of them by id");
      }
      at = parents.isEmpty() ? Optional.empty() : Optional.of(parents.get(0));
    }
    return at;
  }

  private Optional<String> resolveAbsolute(String spec) {
    if (spec.equals("base")) {
      return Optional.empty();
    }
    if (spec.equals("head")) {
      List<String> heads = graph.heads();
      if (heads.size() > 1) {
        throw new RetortException("Multiple head revisions are present for given argument 'head' (" + String.join(", ", heads)
            + "); please specify a specific target revision, '<branchname>@head' to narrow to a specific head, "
            + "or 'heads' for all heads; or merge them with 'retort merge -m MESSAGE heads'");
      }
      // no revisions yet: head is base, so upgrading to it does nothing, as in Alembic
      return heads.stream().findFirst();
    }
    if (spec.endsWith("@head")) {
      String label = spec.substring(0, spec.length() - "@head".length());
      String labelled = label(label);
      List<String> heads = new ArrayList<>();
      for (String head : graph.heads()) {
        if (graph.closure(List.of(head)).contains(labelled)) {
          heads.add(head);
        }
      }
      if (heads.size() > 1) {
        throw new RetortException("Branch '" + label + "' has several heads (" + String.join(", ", heads) + "); give one by id");
      }
      return Optional.of(heads.get(0));
    }
    if (spec.endsWith("@base")) {
      String labelled = label(spec.substring(0, spec.length() - "@base".length()));
      List<String> parents = graph.get(labelled).parents();
      return parents.size() == 1 ? Optional.of(parents.get(0)) : Optional.empty();
    }
    if (graph.branchLabels().containsKey(spec)) {
      return Optional.of(graph.branchLabels().get(spec));
    }
    return Optional.of(byIdOrPrefix(spec));
  }

  private String label(String label) {
    String id = graph.branchLabels().get(label);
    if (id == null) {
      throw new RetortException("No branch labelled '" + label + "'"
          + (graph.branchLabels().isEmpty() ? "; no revision has a branch label" : "; known labels: "
              + String.join(", ", graph.branchLabels().keySet())));
    }
    return id;
  }

  /** A full id or an unambiguous prefix of one. */
  public String byIdOrPrefix(String spec) {
    if (graph.contains(spec)) {
      return spec;
    }
    List<String> matches = graph.byId().keySet().stream().filter(id -> id.startsWith(spec)).toList();
    if (matches.size() == 1) {
      return matches.get(0);
    }
    if (matches.isEmpty()) {
      throw new RetortException("Can't locate revision identified by '" + spec + "'; 'retort history' lists the revisions");
    }
    throw new RetortException("Ambiguous revision '" + spec + "': it is a prefix of " + String.join(", ", matches)
        + "; type more characters");
  }

  private static Set<String> optionalSet(Optional<String> id) {
    Set<String> set = new LinkedHashSet<>();
    id.ifPresent(set::add);
    return set;
  }
}
