package io.retort.autogen.compare;

import io.retort.runtime.ops.CreateForeignKey;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Foreign keys (Alembic's {@code compare/constraints.py} foreign key part), matched by what they are:
 * the (column, referenced column) pairs, the referenced table and the ON DELETE / ON UPDATE rules,
 * never by name. A foreign key whose rule changed is dropped and created again. Rules are compared as
 * the database reports them (see {@link ComparisonContext#action}).
 */
final class ForeignKeyComparator {
  private final ComparisonContext context;

  ForeignKeyComparator(ComparisonContext context) {
    this.context = context;
  }

  ElementChanges compare(Table current, Table target) {
    String table = target.name();
    OneToOne.Unmatched<ForeignKey> unmatched = OneToOne.match(sorted(current), sorted(target),
        (a, b) -> identity(a).equals(identity(b)));
    List<Operation> drops = unmatched.current().stream()
        .map(fk -> context.named(table, fk))
        .<Operation>map(fk -> new DropConstraint(table, fk.name(), fk))
        .toList();
    List<Operation> creates = unmatched.target().stream()
        .map(fk -> context.named(table, fk))
        .<Operation>map(fk -> new CreateForeignKey(table, fk))
        .toList();
    return new ElementChanges(drops, creates);
  }

  /** What a foreign key is, as one comparable string: sorted column pairs, referenced table, rules. */
  private String identity(ForeignKey fk) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < fk.columns().size(); i++) {
      pairs.add(Names.key(fk.columns().get(i)) + "->" + Names.key(fk.referencedColumns().get(i)));
    }
    pairs.sort(null);
    return pairs + " " + Names.key(fk.referencedTable()) + " delete:" + context.action(fk.onDelete())
        + " update:" + context.action(fk.onUpdate());
  }

  private List<ForeignKey> sorted(Table table) {
    return Elements.sorted(table.foreignKeys(), ForeignKey::name, this::identity);
  }
}
