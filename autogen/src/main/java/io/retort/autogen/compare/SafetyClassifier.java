package io.retort.autogen.compare;

import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.ops.AddColumn;
import io.retort.runtime.ops.AlterColumn;
import io.retort.runtime.ops.BulkInsert;
import io.retort.runtime.ops.CreateCheckConstraint;
import io.retort.runtime.ops.CreateForeignKey;
import io.retort.runtime.ops.CreateIndex;
import io.retort.runtime.ops.CreateSequence;
import io.retort.runtime.ops.CreateTable;
import io.retort.runtime.ops.CreateUniqueConstraint;
import io.retort.runtime.ops.DropColumn;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.DropIndex;
import io.retort.runtime.ops.DropSequence;
import io.retort.runtime.ops.DropTable;
import io.retort.runtime.ops.Execute;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.ops.RenameTable;
import io.retort.runtime.ops.RunJdbc;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Classifies an operation by what it risks for the data already in the database:
 * <ul>
 *   <li>DANGER, loses data: drop table, drop column, a type change that is not clearly widening
 *       ({@code varchar(200)} to {@code varchar(100)}, {@code bigint} to {@code integer}, {@code text} to
 *       {@code varchar}, anything between unrelated types).</li>
 *   <li>CAUTION, can fail on existing rows: nullable to NOT NULL, a NOT NULL column without a default,
 *       a new unique index or constraint, foreign key or check on an existing table; also dropping a
 *       sequence (its current value is lost) and raw SQL or code, which cannot be checked.</li>
 *   <li>SAFE: everything else (new tables, nullable columns, widening types, dropping indexes and
 *       constraints, renames).</li>
 * </ul>
 * Constraints and NOT NULL columns on tables created in the same revision are SAFE: those tables are
 * empty.
 */
public final class SafetyClassifier {
  private final Dialect dialect;
  private final Set<String> newTables;
  private final Set<String> newNullColumns;

  /** A classifier that assumes every table already holds rows. */
  public SafetyClassifier(Dialect dialect) {
    this(dialect, Set.of(), List.of());
  }

  /** @param newTables tables created by the same revision, which are still empty */
  public SafetyClassifier(Dialect dialect, Collection<String> newTables) {
    this(dialect, newTables, List.of());
  }

  /**
   * @param newTables tables created by the same revision, which are still empty
   * @param addedColumns columns added by the same revision: those added nullable without a default
   *     hold only NULL, so a foreign key or unique constraint on them cannot fail
   */
  public SafetyClassifier(Dialect dialect, Collection<String> newTables, Collection<AddColumn> addedColumns) {
    this.dialect = dialect;
    this.newTables = newTables.stream().map(Names::key).collect(Collectors.toUnmodifiableSet());
    this.newNullColumns = addedColumns.stream()
        .filter(a -> a.column().isNullable() && a.column().serverDefault() == null)
        .map(a -> columnKey(a.table(), a.column().name()))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String columnKey(String table, String column) {
    return Names.key(table) + "." + Names.key(column);
  }

  private boolean allNull(String table, List<String> columns) {
    return columns.stream().allMatch(c -> newNullColumns.contains(columnKey(table, c)));
  }

  public SafetyVerdict classify(Operation op) {
    if (op instanceof CreateTable o) {
      return SafetyVerdict.safe("creates table '" + o.table().name() + "'");
    }
    if (op instanceof DropTable o) {
      return SafetyVerdict.danger("drops table '" + o.table() + "' and all its rows");
    }
    if (op instanceof RenameTable o) {
      return SafetyVerdict.safe("renames table '" + o.table() + "' to '" + o.newName() + "'");
    }
    if (op instanceof AddColumn o) {
      return addColumn(o);
    }
    if (op instanceof DropColumn o) {
      return SafetyVerdict.danger("drops column '" + o.table() + "." + o.column() + "' and its data");
    }
    if (op instanceof AlterColumn o) {
      return alterColumn(o);
    }
    if (op instanceof CreateIndex o) {
      String what = (o.index().unique() ? "unique index '" : "index '") + o.index().name() + "' on '" + o.table()
          + "' " + columns(o.index().columns());
      return o.index().unique() ? onExistingRows(o.table(), "adds " + what, "existing rows have duplicates")
          : SafetyVerdict.safe("adds " + what);
    }
    if (op instanceof CreateUniqueConstraint o && allNull(o.table(), o.constraint().columns())) {
      return SafetyVerdict.safe("adds unique constraint '" + o.constraint().name() + "' on '" + o.table() + "' "
          + columns(o.constraint().columns()) + " (new columns, all NULL)");
    }
    if (op instanceof CreateUniqueConstraint o) {
      return onExistingRows(o.table(), "adds unique constraint '" + o.constraint().name() + "' on '" + o.table() + "' "
          + columns(o.constraint().columns()), "existing rows have duplicates");
    }
    if (op instanceof CreateForeignKey o && allNull(o.table(), o.foreignKey().columns())) {
      return SafetyVerdict.safe("adds foreign key '" + o.foreignKey().name() + "' on '" + o.table() + "' "
          + columns(o.foreignKey().columns()) + " (new columns, all NULL)");
    }
    if (op instanceof CreateForeignKey o) {
      return onExistingRows(o.table(), "adds foreign key '" + o.foreignKey().name() + "' on '" + o.table() + "' "
          + columns(o.foreignKey().columns()), "existing rows reference rows missing from '"
          + o.foreignKey().referencedTable() + "'");
    }
    if (op instanceof CreateCheckConstraint o) {
      return onExistingRows(o.table(), "adds check constraint '" + o.constraint().name() + "' on '" + o.table() + "'",
          "existing rows violate " + o.constraint().condition());
    }
    if (op instanceof DropIndex o) {
      return SafetyVerdict.safe("drops index '" + o.name() + "' on '" + o.table() + "'");
    }
    if (op instanceof DropConstraint o) {
      return SafetyVerdict.safe("drops " + ChangeDescriber.kind(o.kind()) + " '" + o.name() + "' on '" + o.table() + "'");
    }
    if (op instanceof CreateSequence o) {
      return SafetyVerdict.safe("creates sequence '" + o.sequence().name() + "'");
    }
    if (op instanceof DropSequence o) {
      return SafetyVerdict.caution("drops sequence '" + o.name() + "'; its current value is lost");
    }
    if (op instanceof Execute o) {
      return SafetyVerdict.caution("runs SQL that cannot be checked: " + o.sql());
    }
    if (op instanceof BulkInsert o) {
      return SafetyVerdict.caution("inserts " + o.rows().size() + " row(s) into '" + o.table()
          + "'; fails if they conflict with existing rows");
    }
    if (op instanceof RunJdbc o) {
      return SafetyVerdict.caution("runs Java code that cannot be checked: " + o.description());
    }
    throw new IllegalArgumentException("unknown operation " + op);
  }

  private SafetyVerdict addColumn(AddColumn op) {
    Column c = op.column();
    String name = "'" + op.table() + "." + c.name() + "'";
    if (c.isNullable()) {
      return SafetyVerdict.safe("adds nullable column " + name);
    }
    if (c.isIdentity()) {
      return SafetyVerdict.safe("adds identity column " + name);
    }
    if (c.serverDefault() != null) {
      return SafetyVerdict.safe("adds NOT NULL column " + name + " with server default " + c.serverDefault());
    }
    return onExistingRows(op.table(), "adds NOT NULL column " + name + " without a server default",
        "the table has rows");
  }

  private SafetyVerdict alterColumn(AlterColumn op) {
    String name = "'" + op.table() + "." + op.column() + "'";
    Column existing = op.existing();
    List<SafetyVerdict> verdicts = new ArrayList<>();
    if (op.newName() != null) {
      verdicts.add(SafetyVerdict.safe("renames column " + name + " to '" + op.newName() + "'"));
    }
    if (op.type() != null) {
      if (existing == null) {
        verdicts.add(SafetyVerdict.danger("changes the type of " + name + " to " + op.type().describe()
            + " from an unknown type; values may be cut or rejected"));
      } else if (TypeWidening.isWidening(dialect.canonical(existing.type()), dialect.canonical(op.type()))) {
        verdicts.add(SafetyVerdict.safe("widens the type of " + name + " from " + existing.type().describe() + " to "
            + op.type().describe()));
      } else {
        verdicts.add(SafetyVerdict.danger("changes the type of " + name + " from " + existing.type().describe()
            + " to " + op.type().describe() + ", which is not clearly widening; values may be cut or rejected"));
      }
    }
    if (op.nullable() != null) {
      verdicts.add(op.nullable() ? SafetyVerdict.safe("makes " + name + " nullable")
          : SafetyVerdict.caution("makes " + name + " NOT NULL; fails if existing rows hold NULL"));
    }
    if (op.serverDefault() != null) {
      verdicts.add(SafetyVerdict.safe(op.serverDefault().value() == null ? "removes the server default of " + name
          : "sets the server default of " + name + " to " + op.serverDefault().value()));
    }
    if (verdicts.isEmpty()) {
      return SafetyVerdict.safe("leaves column " + name + " as it is");
    }
    Safety level = verdicts.stream().map(SafetyVerdict::level).reduce(Safety.SAFE, Safety::max);
    String reason = verdicts.stream().filter(v -> v.level() == level).map(SafetyVerdict::reason)
        .collect(Collectors.joining("; "));
    return new SafetyVerdict(level, reason);
  }

  /** CAUTION for a change that can fail on existing rows, SAFE when the table is created in this revision. */
  private SafetyVerdict onExistingRows(String table, String what, String failsIf) {
    if (newTables.contains(Names.key(table))) {
      return SafetyVerdict.safe(what + " (new table)");
    }
    return SafetyVerdict.caution(what + "; fails if " + failsIf);
  }

  private static String columns(List<String> columns) {
    return "(" + String.join(", ", columns) + ")";
  }
}
