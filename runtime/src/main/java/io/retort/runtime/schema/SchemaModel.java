package io.retort.runtime.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one schema representation: built from Hibernate's boot model (target), from the live
 * database (current), or by replaying operations. Tables and sequences are keyed by
 * {@link Names#key(String)} and iterate in name order, so everything derived from a model is deterministic.
 */
public record SchemaModel(Map<String, Table> tables, Map<String, Sequence> sequences) {

  public SchemaModel {
    tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    sequences = Collections.unmodifiableMap(new TreeMap<>(sequences));
  }

  public static SchemaModel empty() {
    return new SchemaModel(Map.of(), Map.of());
  }

  public static SchemaModel of(Collection<Table> tables, Collection<Sequence> sequences) {
    Map<String, Table> t = new TreeMap<>();
    tables.forEach(table -> t.put(Names.key(table.name()), table));
    Map<String, Sequence> s = new TreeMap<>();
    sequences.forEach(seq -> s.put(Names.key(seq.name()), seq));
    return new SchemaModel(t, s);
  }

  public Optional<Table> table(String name) {
    return Optional.ofNullable(tables.get(Names.key(name)));
  }

  public Optional<Sequence> sequence(String name) {
    return Optional.ofNullable(sequences.get(Names.key(name)));
  }

  public SchemaModel withTable(Table table) {
    Map<String, Table> t = new TreeMap<>(tables);
    t.put(Names.key(table.name()), table);
    return new SchemaModel(t, sequences);
  }

  public SchemaModel withoutTable(String name) {
    Map<String, Table> t = new TreeMap<>(tables);
    t.remove(Names.key(name));
    return new SchemaModel(t, sequences);
  }

  public SchemaModel withSequence(Sequence sequence) {
    Map<String, Sequence> s = new TreeMap<>(sequences);
    s.put(Names.key(sequence.name()), sequence);
    return new SchemaModel(tables, s);
  }

  public SchemaModel withoutSequence(String name) {
    Map<String, Sequence> s = new TreeMap<>(sequences);
    s.remove(Names.key(name));
    return new SchemaModel(tables, s);
  }
}
