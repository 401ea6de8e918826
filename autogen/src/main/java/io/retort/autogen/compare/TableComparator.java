package io.retort.autogen.compare;

import io.retort.runtime.ops.CreateForeignKey;
import io.retort.runtime.ops.CreateTable;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.DropTable;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Tables (Alembic's {@code compare/schema.py} and {@code compare/tables.py} table part): which tables
 * are on both sides (by name, or by a confirmed rename), which were added or removed, which removed and
 * added tables look like one renamed table ({@link RenameProposal}s), and in which order added tables
 * are created and removed tables dropped so that foreign keys always find their tables.
 */
final class TableComparator {

  /** A table on both sides; {@code current} is as the database has it (before any rename). */
  record TablePair(Table current, Table target) {
    boolean renamed() {
      return !Names.same(current.name(), target.name());
    }
  }

  /** How the tables of both sides relate. */
  record TableMatching(List<TablePair> pairs, List<Table> removed, List<Table> added,
      List<RenameProposal> proposals) {
  }

  /** Operations for added and removed tables, by the phase they run in. */
  record TableChanges(List<Step> foreignKeyDrops, List<Step> tableDrops, List<Step> tableCreates,
      List<Step> foreignKeyCreates) {
  }

  private final ComparisonContext context;
  private final RenameMatcher<Table> renameMatcher;

  TableComparator(ComparisonContext context, TypeComparator types) {
    this.context = context;
    this.renameMatcher = new RenameMatcher<>(Table::name, List.of(
        (from, to) -> sameColumns(from, to, types) ? Optional.of("same columns") : Optional.empty(),
        (from, to) -> columnKeys(from).equals(columnKeys(to)) ? Optional.of("same column names") : Optional.empty(),
        TableComparator::similarNameAndColumns));
  }

  TableMatching match(SchemaModel current, SchemaModel target, ConfirmedRenames confirmed) {
    Map<String, TablePair> pairs = new TreeMap<>();
    Set<String> renamedFrom = new HashSet<>();
    Set<String> renamedTo = new HashSet<>();
    for (ConfirmedRenames.TableRename rename : confirmed.tables()) {
      Optional<Table> from = current.table(rename.from());
      Optional<Table> to = target.table(rename.to());
      if (from.isEmpty()) {
        confirmed.rejected(rename.option(), "table '" + rename.from() + "' is not in the database");
      } else if (to.isEmpty()) {
        confirmed.rejected(rename.option(), "table '" + rename.to() + "' is not in the entities");
      } else if (target.table(rename.from()).isPresent()) {
        confirmed.rejected(rename.option(), "table '" + rename.from() + "' is still in the entities");
      } else if (current.table(rename.to()).isPresent()) {
        confirmed.rejected(rename.option(), "table '" + rename.to() + "' is already in the database");
      } else if (!renamedFrom.add(Names.key(rename.from())) || !renamedTo.add(Names.key(rename.to()))) {
        confirmed.rejected(rename.option(), "another rename of the same table was confirmed");
      } else {
        pairs.put(Names.key(rename.to()), new TablePair(from.get(), to.get()));
        confirmed.used(rename.option());
      }
    }
    List<Table> removed = new ArrayList<>();
    current.tables().forEach((key, table) -> {
      if (target.tables().containsKey(key)) {
        pairs.put(key, new TablePair(table, target.tables().get(key)));
      } else if (!renamedFrom.contains(key)) {
        removed.add(table);
      }
    });
    List<Table> added = target.tables().entrySet().stream()
        .filter(e -> !current.tables().containsKey(e.getKey()) && !renamedTo.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .toList();
    List<RenameProposal> proposals = renameMatcher.match(removed, added).stream()
        .map(p -> RenameProposal.table(p.from().name(), p.to().name(), p.reason()))
        .sorted(Comparator.comparing((RenameProposal p) -> Names.key(p.from())))
        .toList();
    return new TableMatching(List.copyOf(pairs.values()), removed, added, proposals);
  }

  /**
   * Creates the added tables in foreign key order, each with its indexes and constraints, and drops
   * the removed ones in the reverse order; foreign keys inside a cycle are added after the creates and
   * dropped before the drops. Removed tables must be given as they are after renames.
   */
  TableChanges compare(List<Table> removed, List<Table> added) {
    ForeignKeyOrder.Ordering drops = ForeignKeyOrder.creationOrder(removed);
    List<Step> foreignKeyDrops = new ArrayList<>();
    for (ForeignKeyOrder.Deferred d : drops.deferred()) {
      ForeignKey fk = context.named(d.table(), d.foreignKey());
      foreignKeyDrops.add(Step.of(new DropConstraint(d.table(), fk.name(), fk)));
    }
    List<Step> tableDrops = new ArrayList<>();
    for (Table table : drops.tables()) {
      tableDrops.add(Step.of(new DropTable(table.name(), sortedElements(table))));
    }
    Collections.reverse(tableDrops);

    ForeignKeyOrder.Ordering creates = ForeignKeyOrder.creationOrder(added);
    List<Step> tableCreates = new ArrayList<>();
    for (Table table : creates.tables()) {
      tableCreates.add(Step.of(new CreateTable(sortedElements(table))));
    }
    List<Step> foreignKeyCreates = new ArrayList<>();
    for (ForeignKeyOrder.Deferred d : creates.deferred()) {
      foreignKeyCreates.add(Step.of(new CreateForeignKey(d.table(), context.named(d.table(), d.foreignKey()))));
    }
    return new TableChanges(foreignKeyDrops, tableDrops, tableCreates, foreignKeyCreates);
  }

  /** The table with its constraints and indexes in name order; columns keep their order. */
  static Table sortedElements(Table table) {
    return table
        .withForeignKeys(Elements.sorted(table.foreignKeys(), ForeignKey::name, Object::toString))
        .withUniqueConstraints(Elements.sorted(table.uniqueConstraints(), u -> u.name(), Object::toString))
        .withCheckConstraints(Elements.sorted(table.checkConstraints(), c -> c.name(), Object::toString))
        .withIndexes(Elements.sorted(table.indexes(), i -> i.name(), Object::toString));
  }

  private static boolean sameColumns(Table a, Table b, TypeComparator types) {
    if (!columnKeys(a).equals(columnKeys(b))) {
      return false;
    }
    for (Column column : a.columns()) {
      Column other = b.column(column.name()).orElseThrow();
      if (!types.same(column.type(), other.type())) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> similarNameAndColumns(Table from, Table to) {
    Set<String> a = columnKeys(from);
    Set<String> b = columnKeys(to);
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    if (NameSimilarity.similar(from.name(), to.name()) && common.size() * 2 >= all.size()) {
      return Optional.of("similar name; " + common.size() + " of " + all.size() + " columns in common");
    }
    return Optional.empty();
  }

  private static Set<String> columnKeys(Table table) {
    return table.columns().stream().map(c -> Names.key(c.name())).collect(Collectors.toCollection(TreeSet::new));
  }
}
