package io.retort.autogen.compare;

import io.retort.runtime.ops.CreateIndex;
import io.retort.runtime.ops.CreateUniqueConstraint;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.DropIndex;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Unique constraints and unique indexes, matched by their set of columns, never by name. The two are
 * one thing to the data (MariaDB reports a unique constraint as a unique index; Hibernate turns
 * {@code @Index(unique = true)} into a unique key), so a unique index on one side matches a unique
 * constraint on the same columns on the other side. A unique key on exactly the primary key columns
 * is the primary key's own index and is skipped.
 */
final class UniqueConstraintComparator {

  /** A unique constraint or a unique index, with what it is compared by. */
  private record UniqueKey(UniqueConstraint constraint, Index index, Set<String> columns) {
    String name() {
      return constraint != null ? constraint.name() : index.name();
    }

    boolean isIndex() {
      return index != null;
    }
  }

  private final ComparisonContext context;

  UniqueConstraintComparator(ComparisonContext context) {
    this.context = context;
  }

  ElementChanges compare(Table current, Table target) {
    OneToOne.Unmatched<UniqueKey> unmatched = OneToOne.match(uniqueKeys(current), uniqueKeys(target),
        (a, b) -> a.isIndex() == b.isIndex() && a.columns().equals(b.columns()),
        (a, b) -> a.columns().equals(b.columns()));
    String table = target.name();
    List<Operation> drops = new ArrayList<>();
    for (UniqueKey key : unmatched.current()) {
      if (key.isIndex()) {
        Index ix = context.named(table, key.index());
        drops.add(new DropIndex(table, ix.name(), ix));
      } else {
        UniqueConstraint uq = context.named(table, key.constraint());
        drops.add(new DropConstraint(table, uq.name(), uq));
      }
    }
    List<Operation> creates = new ArrayList<>();
    for (UniqueKey key : unmatched.target()) {
      creates.add(key.isIndex() ? new CreateIndex(table, context.named(table, key.index()))
          : new CreateUniqueConstraint(table, context.named(table, key.constraint())));
    }
    return new ElementChanges(drops, creates);
  }

  private static List<UniqueKey> uniqueKeys(Table table) {
    Set<String> primaryKey = Elements.primaryKeyColumns(table.primaryKey());
    List<UniqueKey> keys = new ArrayList<>();
    for (UniqueConstraint uq : table.uniqueConstraints()) {
      keys.add(new UniqueKey(uq, null, Elements.keySet(uq.columns())));
    }
    for (Index ix : table.indexes()) {
      if (ix.unique()) {
        keys.add(new UniqueKey(null, ix, Elements.keySet(ix.columns())));
      }
    }
    Comparator<UniqueKey> order = Elements.byName(UniqueKey::name, k -> k.isIndex() + " " + k.columns());
    return keys.stream().filter(k -> !k.columns().equals(primaryKey)).sorted(order).toList();
  }
}
