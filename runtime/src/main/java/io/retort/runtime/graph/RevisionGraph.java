package io.retort.runtime.graph;

import io.retort.runtime.RetortException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The revisions of a project as a directed acyclic graph: parents ({@code revises}) and
 * dependencies ({@code dependsOn}) point backwards. Built once per command from the annotations
 * and checked on construction: duplicate ids, missing parents or dependencies, duplicate branch
 * labels and cycles are each refused with a message naming the revisions involved.
 */
public final class RevisionGraph {
  private final Map<String, RevisionInfo> byId;
  private final Map<String, List<String>> children = new HashMap<>();
  private final Map<String, List<String>> dependents = new HashMap<>();
  private final Map<String, String> labels = new TreeMap<>();
  private final List<String> ordered;

  private RevisionGraph(Map<String, RevisionInfo> byId) {
    this.byId = byId;
    for (RevisionInfo r : byId.values()) {
      for (String parent : r.parents()) {
        require(parent, r, "revises");
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(r.id());
      }
      for (String dependency : r.dependsOn()) {
        require(dependency, r, "depends on");
        dependents.computeIfAbsent(dependency, k -> new ArrayList<>()).add(r.id());
      }
      for (String label : r.branchLabels()) {
        String other = labels.put(label, r.id());
        if (other != null) {
          throw new RetortException("Branch label '" + label + "' is used by two revisions, " + other + " and " + r.id()
              + ": a label must name one branch");
        }
        if (byId.containsKey(label)) {
          throw new RetortException("Branch label '" + label + "' of revision " + r.id() + " is also a revision id; pick another label");
        }
      }
    }
    children.values().forEach(Collections::sort);
    dependents.values().forEach(Collections::sort);
    this.ordered = topologicalOrder();
  }

  /** Builds and checks the graph. */
  public static RevisionGraph of(Collection<RevisionInfo> revisions) {
    Map<String, RevisionInfo> byId = new TreeMap<>();
    for (RevisionInfo r : revisions) {
      RevisionInfo previous = byId.put(r.id(), r);
      if (previous != null) {
        throw new RetortException("Duplicate revision id " + r.id() + " in " + previous.className() + " and " + r.className()
            + ": give one of them a new id (ids must be unique)");
      }
    }
    return new RevisionGraph(byId);
  }

  private void require(String id, RevisionInfo of, String relation) {
    if (!byId.containsKey(id)) {
      throw new RetortException("Revision " + of.id() + " (" + of.className() + ") " + relation + " " + id
          + ", which does not exist: restore that revision or fix the annotation");
    }
  }

  private List<String> topologicalOrder() {
    Map<String, Integer> pending = new HashMap<>();
    for (RevisionInfo r : byId.values()) {
      pending.put(r.id(), r.parents().size() + r.dependsOn().size());
    }
    TreeSet<String> ready = new TreeSet<>();
    pending.forEach((id, count) -> {
      if (count == 0) {
        ready.add(id);
      }
    });
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String id = ready.pollFirst();
      order.add(id);
      for (String next : successors(id)) {
        if (pending.merge(next, -1, Integer::sum) == 0) {
          ready.add(next);
        }
      }
    }
    if (order.size() != byId.size()) {
      throw new RetortException("The revision graph has a cycle through " + describeCycle(pending)
          + ": a revision cannot revise its own descendant; fix the revises/dependsOn of one of them");
    }
    return List.copyOf(order);
  }

  private String describeCycle(Map<String, Integer> pending) {
    Set<String> stuck = new TreeSet<>();
    pending.forEach((id, count) -> {
      if (count > 0) {
        stuck.add(id);
      }
    });
    // walk back from a stuck revision until one repeats: that is a cycle
    String start = stuck.iterator().next();
    List<String> path = new ArrayList<>();
    String current = start;
    while (!path.contains(current)) {
      path.add(current);
      String next = null;
      for (String p : predecessors(current)) {
        if (stuck.contains(p)) {
          next = p;
          break;
        }
      }
      current = next;
    }
    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
    Collections.reverse(cycle);
    cycle.add(cycle.get(0));
    return String.join(" -> ", cycle);
  }

  private List<String> successors(String id) {
    List<String> next = new ArrayList<>(children.getOrDefault(id, List.of()));
    next.addAll(dependents.getOrDefault(id, List.of()));
    return next;
  }

  private List<String> predecessors(String id) {
    RevisionInfo r = byId.get(id);
    List<String> previous = new ArrayList<>(r.parents());
    previous.addAll(r.dependsOn());
    return previous;
  }

  public boolean isEmpty() {
    return byId.isEmpty();
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  public RevisionInfo get(String id) {
    RevisionInfo r = byId.get(id);
    if (r == null) {
      throw new RetortException("Unknown revision '" + id + "'");
    }
    return r;
  }

  /** Every revision, parents before children, ties broken by id: the order upgrades run in. */
  public List<RevisionInfo> inOrder() {
    return ordered.stream().map(byId::get).toList();
  }

  /** Revisions nothing revises, in id order. */
  public List<String> heads() {
    return ordered.stream().filter(id -> children.getOrDefault(id, List.of()).isEmpty()).sorted().toList();
  }

  /** Revisions with no parent. */
  public List<String> bases() {
    return ordered.stream().filter(id -> byId.get(id).isBase()).sorted().toList();
  }

  public List<String> children(String id) {
    return children.getOrDefault(id, List.of());
  }

  public boolean isBranchPoint(String id) {
    return children(id).size() > 1;
  }

  /** The label-to-revision map: the revision that carries each label. */
  public Map<String, String> branchLabels() {
    return Collections.unmodifiableMap(labels);
  }

  /** The revision itself and everything it needs: parents and dependencies, transitively. */
  public Set<String> closure(Collection<String> ids) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(ids);
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (seen.add(id)) {
        todo.addAll(predecessors(id));
      }
    }
    return seen;
  }

  /** Everything that needs the revision (children and dependents, transitively), without it. */
  public Set<String> descendants(String id) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(successors(id));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(successors(next));
      }
    }
    return seen;
  }

  /** The heads of an applied set: applied revisions that no other applied revision needs. Sorted. */
  public List<String> headsOf(Set<String> applied) {
    List<String> heads = new ArrayList<>();
    for (String id : applied) {
      boolean needed = successors(id).stream().anyMatch(applied::contains);
      if (!needed) {
        heads.add(id);
      }
    }
    Collections.sort(heads);
    return heads;
  }

  /** The given ids in upgrade order. */
  public List<String> sorted(Collection<String> ids) {
    Set<String> wanted = new LinkedHashSet<>(ids);
    return ordered.stream().filter(wanted::contains).toList();
  }

  /** Id-to-revision map in id order, for listings. */
  public Map<String, RevisionInfo> byId() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }
}
