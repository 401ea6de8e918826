package io.retort.autogen.compare;

import io.retort.runtime.ops.AddColumn;
import io.retort.runtime.ops.AlterColumn;
import io.retort.runtime.ops.DropColumn;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Columns of a table that exists on both sides (Alembic's {@code compare/tables.py} column part): added,
 * removed, and changed in type, nullability or server default, all in name order. Removed and added
 * columns that look alike become {@link RenameProposal}s, never a silent rename; confirmed renames
 * become one {@link AlterColumn} with a new name.
 */
final class ColumnComparator {

  /** What changes in the columns of one table. */
  record ColumnChanges(List<Operation> drops, List<Operation> adds, List<Operation> alters,
      List<RenameProposal> proposals) {
  }

  private final TypeComparator types;
  private final ServerDefaultComparator defaults;
  private final RenameMatcher<Column> renameMatcher;

  ColumnComparator(TypeComparator types, ServerDefaultComparator defaults) {
    this.types = types;
    this.defaults = defaults;
    this.renameMatcher = new RenameMatcher<>(Column::name, List.of(
        (from, to) -> sameDefinition(from, to) && NameSimilarity.similar(from.name(), to.name())
            ? Optional.of("same type, nullability and default; similar name") : Optional.empty(),
        (from, to) -> sameDefinition(from, to)
            ? Optional.of("same type, nullability and default") : Optional.empty(),
        (from, to) -> types.same(from.type(), to.type()) && from.isNullable() == to.isNullable()
            ? Optional.of("same type and nullability") : Optional.empty(),
        (from, to) -> family(from.type()).equals(family(to.type())) && NameSimilarity.similar(from.name(), to.name())
            ? Optional.of("similar name and related type") : Optional.empty()));
  }

  /**
   * The confirmed column renames of a table on both sides, as {@link AlterColumn}s carrying the new name
   * and any type, nullability or default change. {@code current} is the table as the database has it.
   */
  List<AlterColumn> confirmedRenames(Table current, Table target, ConfirmedRenames confirmed) {
    List<AlterColumn> renames = new ArrayList<>();
    Set<String> renamedFrom = new HashSet<>();
    Set<String> renamedTo = new HashSet<>();
    for (ConfirmedRenames.ColumnRename rename : confirmed.columnsOf(current.name(), target.name())) {
      Optional<Column> from = current.column(rename.from());
      Optional<Column> to = target.column(rename.to());
      String table = target.name();
      if (from.isEmpty()) {
        confirmed.rejected(rename.option(), "column '" + table + "." + rename.from() + "' is not in the database");
      } else if (to.isEmpty()) {
        confirmed.rejected(rename.option(), "column '" + table + "." + rename.to() + "' is not in the entities");
      } else if (target.column(rename.from()).isPresent()) {
        confirmed.rejected(rename.option(), "column '" + table + "." + rename.from() + "' is still in the entities");
      } else if (current.column(rename.to()).isPresent()) {
        confirmed.rejected(rename.option(), "column '" + table + "." + rename.to() + "' is already in the database");
      } else if (!renamedFrom.add(Names.key(rename.from())) || !renamedTo.add(Names.key(rename.to()))) {
        confirmed.rejected(rename.option(), "another rename of the same column was confirmed");
      } else {
        renames.add(alter(table, from.get(), to.get(), true));
        confirmed.used(rename.option());
      }
    }
    return renames;
  }

  /**
   * Compares the columns of a table on both sides. {@code current} already carries the entities'
   * spelling of names that agree and the confirmed renames (see {@link ModelRewriter}).
   */
  ColumnChanges compare(Table current, Table target) {
    Map<String, Column> currentColumns = byKey(current.columns());
    Map<String, Column> targetColumns = byKey(target.columns());
    List<Operation> alters = new ArrayList<>();
    List<Column> removed = new ArrayList<>();
    List<Column> added = new ArrayList<>();
    currentColumns.forEach((key, column) -> {
      Column wanted = targetColumns.get(key);
      if (wanted == null) {
        removed.add(column);
      } else {
        AlterColumn alter = alter(target.name(), column, wanted, false);
        if (alter != null) {
          alters.add(alter);
        }
      }
    });
    targetColumns.forEach((key, column) -> {
      if (!currentColumns.containsKey(key)) {
        added.add(column);
      }
    });
    List<RenameProposal> proposals = renameMatcher.match(removed, added).stream()
        .map(p -> RenameProposal.column(target.name(), p.from().name(), p.to().name(), p.reason()))
        .sorted(Comparator.comparing((RenameProposal p) -> Names.key(p.from())))
        .toList();
    List<Operation> drops = removed.stream().<Operation>map(c -> new DropColumn(target.name(), c.name(), c)).toList();
    List<Operation> adds = added.stream().<Operation>map(c -> new AddColumn(target.name(), c)).toList();
    return new ColumnChanges(drops, adds, alters, proposals);
  }

  /** The change from {@code current} to {@code target}; null when nothing changes and no rename is asked. */
  private AlterColumn alter(String table, Column current, Column target, boolean rename) {
    boolean typeChanged = types.changed(current.type(), target.type());
    boolean nullChanged = current.isNullable() != target.isNullable();
    boolean defaultChanged = defaults.changed(current, target);
    if (!rename && !typeChanged && !nullChanged && !defaultChanged) {
      return null;
    }
    return new AlterColumn(table, current.name(),
        typeChanged ? target.type() : null,
        nullChanged ? target.isNullable() : null,
        defaultChanged ? new AlterColumn.DefaultChange(target.serverDefault()) : null,
        rename ? target.name() : null,
        current);
  }

  private boolean sameDefinition(Column a, Column b) {
    return types.same(a.type(), b.type()) && a.isNullable() == b.isNullable() && defaults.same(a, b);
  }

  private static Map<String, Column> byKey(List<Column> columns) {
    Map<String, Column> map = new TreeMap<>();
    columns.forEach(c -> map.put(Names.key(c.name()), c));
    return map;
  }

  /** Broad groups of types a renamed column may move between while keeping its meaning. */
  private static String family(ColumnType type) {
    return switch (type.kind()) {
      case SMALLINT, INTEGER, BIGINT, NUMERIC, REAL, DOUBLE -> "number";
      case STRING, CHAR, TEXT, CLOB, ENUM -> "text";
      case DATE, TIMESTAMP, TIMESTAMP_TZ -> "datetime";
      case BINARY, BLOB -> "binary";
      case RAW -> "raw:" + type.raw().toLowerCase(Locale.ROOT);
      default -> type.kind().name();
    };
  }
}
