package io.retort.autogen.compare;

import io.retort.runtime.ops.CreateIndex;
import io.retort.runtime.ops.DropIndex;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.Table;
import java.util.List;

/**
 * Non-unique indexes (Alembic's {@code compare/constraints.py} index part), matched by what they are,
 * the columns in order, never by name: a database-generated name that differs from Hibernate's is no
 * change. Unique indexes are compared with unique constraints by {@link UniqueConstraintComparator},
 * because databases report one as the other.
 *
 * <p>MariaDB and H2 create an index for every foreign key that the entities never declare (MariaDB
 * names it after the foreign key, H2 invents a name). On those databases an index the entities do not
 * declare is left alone when its columns are exactly those of a foreign key of the table: the database
 * needs it for the foreign key and would refuse to drop it.
 */
final class IndexComparator {
  private final ComparisonContext context;

  IndexComparator(ComparisonContext context) {
    this.context = context;
  }

  ElementChanges compare(Table current, Table target) {
    String table = target.name();
    OneToOne.Unmatched<Index> unmatched = OneToOne.match(plainIndexes(current), plainIndexes(target),
        (a, b) -> Elements.keys(a.columns()).equals(Elements.keys(b.columns())));
    List<Operation> drops = unmatched.current().stream()
        .filter(ix -> !isForeignKeyIndex(current, ix))
        .map(ix -> context.named(table, ix))
        .<Operation>map(ix -> new DropIndex(table, ix.name(), ix))
        .toList();
    List<Operation> creates = unmatched.target().stream()
        .map(ix -> context.named(table, ix))
        .<Operation>map(ix -> new CreateIndex(table, ix))
        .toList();
    return new ElementChanges(drops, creates);
  }

  private static List<Index> plainIndexes(Table table) {
    return Elements.sorted(table.indexes().stream().filter(ix -> !ix.unique()).toList(),
        Index::name, ix -> ix.columns().toString());
  }

  private boolean isForeignKeyIndex(Table table, Index index) {
    if (!context.createsForeignKeyIndexes()) {
      return false;
    }
    List<String> columns = Elements.keys(index.columns());
    for (ForeignKey fk : table.foreignKeys()) {
      if (Elements.keys(fk.columns()).equals(columns)) {
        return true;
      }
    }
    return false;
  }
}
