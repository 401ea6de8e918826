package io.retort.autogen.compare;

import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders tables so that each comes after the tables it references (a self reference is fine), taking
 * the first ready table by name at every step, so the order is deterministic. Where tables reference
 * each other in a cycle, the first table of the cycle by name gives up its foreign keys into the cycle;
 * those are {@link Ordering#deferred() deferred}: created after all tables, or dropped before them.
 */
final class ForeignKeyOrder {

  /** A foreign key taken out of its table to break a cycle. */
  record Deferred(String table, ForeignKey foreignKey) {
  }

  /** Tables in creation order (without their deferred foreign keys) and the deferred foreign keys. */
  record Ordering(List<Table> tables, List<Deferred> deferred) {
  }

  private ForeignKeyOrder() {
  }

  static Ordering creationOrder(Collection<Table> tables) {
    Map<String, Table> byKey = new TreeMap<>();
    Map<String, List<ForeignKey>> kept = new TreeMap<>();
    for (Table table : tables) {
      byKey.put(Names.key(table.name()), table);
      kept.put(Names.key(table.name()), new ArrayList<>(table.foreignKeys()));
    }
    TreeSet<String> remaining = new TreeSet<>(byKey.keySet());
    List<String> order = new ArrayList<>();
    List<Deferred> deferred = new ArrayList<>();
    while (!remaining.isEmpty()) {
      String ready = remaining.stream().filter(k -> dependencies(k, kept, remaining).isEmpty()).findFirst().orElse(null);
      if (ready != null) {
        order.add(ready);
        remaining.remove(ready);
        continue;
      }
      String breaker = remaining.stream().filter(k -> reachable(k, kept, remaining).contains(k)).findFirst()
          .orElseThrow(() -> new IllegalStateException("blocked tables without a cycle: " + remaining));
      Set<String> cycle = new HashSet<>();
      for (String other : reachable(breaker, kept, remaining)) {
        if (reachable(other, kept, remaining).contains(breaker)) {
          cycle.add(other);
        }
      }
      cycle.remove(breaker);
      List<ForeignKey> keep = new ArrayList<>();
      for (ForeignKey fk : kept.get(breaker)) {
        if (cycle.contains(Names.key(fk.referencedTable()))) {
          deferred.add(new Deferred(byKey.get(breaker).name(), fk));
        } else {
          keep.add(fk);
        }
      }
      kept.put(breaker, keep);
    }
    List<Table> ordered = order.stream().map(k -> byKey.get(k).withForeignKeys(kept.get(k))).toList();
    deferred.sort(Comparator.comparing((Deferred d) -> Names.key(d.table()))
        .thenComparing(d -> d.foreignKey().name() == null ? "" : Names.key(d.foreignKey().name()))
        .thenComparing(d -> d.foreignKey().toString()));
    return new Ordering(ordered, deferred);
  }

  /** The remaining tables {@code key} references, itself excluded. */
  private static Set<String> dependencies(String key, Map<String, List<ForeignKey>> kept, Set<String> remaining) {
    Set<String> deps = new TreeSet<>();
    for (ForeignKey fk : kept.get(key)) {
      String referenced = Names.key(fk.referencedTable());
      if (!referenced.equals(key) && remaining.contains(referenced)) {
        deps.add(referenced);
      }
    }
    return deps;
  }

  /** The remaining tables reachable from {@code key} through one or more references. */
  private static Set<String> reachable(String key, Map<String, List<ForeignKey>> kept, Set<String> remaining) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(dependencies(key, kept, remaining));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(dependencies(next, kept, remaining));
      }
    }
    return seen;
  }
}
