package io.retort.autogen.compare;

import io.retort.runtime.ops.CreateCheckConstraint;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.Table;
import java.util.List;

/**
 * Check constraints (which Alembic does not compare), conservatively: two constraints with the same
 * name are the same constraint, whatever their conditions look like (databases rewrite conditions, so
 * comparing named conditions would report noise); other constraints are matched by their
 * {@link CheckConditions#normalise normalised} condition. What stays unmatched is dropped or created.
 * To change the condition of a named check, rename it (or write that step by hand).
 *
 * <p>On MariaDB the {@code json_valid(col)} check the server adds to every JSON column is left alone.
 */
final class CheckConstraintComparator {
  private final ComparisonContext context;

  CheckConstraintComparator(ComparisonContext context) {
    this.context = context;
  }

  ElementChanges compare(Table current, Table target) {
    String table = target.name();
    OneToOne.Unmatched<CheckConstraint> unmatched = OneToOne.match(sorted(current), sorted(target),
        (a, b) -> a.name() != null && b.name() != null && Names.same(a.name(), b.name()),
        (a, b) -> CheckConditions.normalise(a.condition()).equals(CheckConditions.normalise(b.condition())));
    List<Operation> drops = unmatched.current().stream()
        .filter(ck -> !(context.isMariaDb() && CheckConditions.isJsonValidCheck(ck.condition())))
        .map(ck -> context.named(table, ck))
        .<Operation>map(ck -> new DropConstraint(table, ck.name(), ck))
        .toList();
    List<Operation> creates = unmatched.target().stream()
        .map(ck -> context.named(table, ck))
        .<Operation>map(ck -> new CreateCheckConstraint(table, ck))
        .toList();
    return new ElementChanges(drops, creates);
  }

  private static List<CheckConstraint> sorted(Table table) {
    return Elements.sorted(table.checkConstraints(), CheckConstraint::name,
        ck -> CheckConditions.normalise(ck.condition()));
  }
}
