package io.retort.runtime.api;

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
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.Constraint;
import io.retort.runtime.schema.ConstraintKind;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.TableElement;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The {@code op} a revision receives (Alembic's {@code op}). Every method builds one
 * {@link Operation} and hands it on; unnamed constraints and indexes are named by the
 * {@link NamingConvention}.
 */
public final class Operations {
  private final OperationSink sink;
  private final NamingConvention naming;

  public Operations(OperationSink sink, NamingConvention naming) {
    this.sink = sink;
    this.naming = naming;
  }

  public Operations(OperationSink sink) {
    this(sink, NamingConvention.DEFAULT);
  }

  /** Hands a ready-made operation on; everything below ends here. */
  public void apply(Operation operation) {
    sink.accept(operation);
  }

  // --- tables -------------------------------------------------------------------------------

  /** {@code op.createTable("products", column("id", integer()).identity(), column(...), primaryKey("id"))}. */
  public void createTable(String table, TableElement... elements) {
    apply(new CreateTable(table(table, elements)));
  }

  public void dropTable(String table) {
    apply(new DropTable(table, null));
  }

  /** Drops a table and records what it was, so the drop can be reversed. */
  public void dropTable(Table existing) {
    apply(new DropTable(existing.name(), existing));
  }

  /**
   * Drops a table and records what it was, written as {@link #createTable} takes it, so the drop can
   * be reversed: {@code op.dropTable("products", column("id", integer()).identity(), primaryKey("id"))}.
   */
  public void dropTable(String table, TableElement... existing) {
    apply(new DropTable(table, table(table, existing)));
  }

  public void renameTable(String table, String newName) {
    apply(new RenameTable(table, newName));
  }

  // --- columns ------------------------------------------------------------------------------

  public void addColumn(String table, Column column) {
    apply(new AddColumn(table, column));
  }

  public void dropColumn(String table, String column) {
    apply(new DropColumn(table, column, null));
  }

  /** Drops a column and records what it was, so the drop can be reversed. */
  public void dropColumn(String table, Column existing) {
    apply(new DropColumn(table, existing.name(), existing));
  }

  /**
   * {@code op.alterColumn("products", "price", c -> c.type(numeric(12, 2)).existingType(numeric(10, 2)).existingNullable(false))}.
   */
  public void alterColumn(String table, String column, UnaryOperator<AlterColumnSpec> change) {
    apply(change.apply(new AlterColumnSpec()).toOperation(table, column));
  }

  public void alterColumn(AlterColumn operation) {
    apply(operation);
  }

  public void renameColumn(String table, String column, String newName) {
    alterColumn(table, column, c -> c.rename(newName));
  }

  // --- indexes and constraints ------------------------------------------------------------

  public void createIndex(String name, String table, String... columns) {
    apply(new CreateIndex(table, named(table, new Index(name, Arrays.asList(columns), false))));
  }

  public void createUniqueIndex(String name, String table, String... columns) {
    apply(new CreateIndex(table, named(table, new Index(name, Arrays.asList(columns), true))));
  }

  public void createIndex(String table, Index index) {
    apply(new CreateIndex(table, named(table, index)));
  }

  public void dropIndex(String name, String table) {
    apply(new DropIndex(table, name, null));
  }

  public void dropIndex(String table, Index existing) {
    apply(new DropIndex(table, existing.name(), existing));
  }

  public void createUniqueConstraint(String name, String table, String... columns) {
    apply(new CreateUniqueConstraint(table, named(table, new UniqueConstraint(name, Arrays.asList(columns)))));
  }

  public void createCheckConstraint(String name, String table, String condition) {
    apply(new CreateCheckConstraint(table, named(table, new CheckConstraint(name, condition))));
  }

  /** {@code op.createForeignKey("products", foreignKey("category_id").references("categories", "id").onDelete(CASCADE))}. */
  public void createForeignKey(String table, ForeignKey foreignKey) {
    apply(new CreateForeignKey(table, named(table, foreignKey)));
  }

  /** Alembic's shape: {@code op.createForeignKey("fk_products_category", "products", "categories", List.of("category_id"), List.of("id"), CASCADE)}. */
  public void createForeignKey(String name, String sourceTable, String referencedTable, List<String> columns,
      List<String> referencedColumns, ReferentialAction onDelete) {
    createForeignKey(sourceTable, new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, null));
  }

  public void dropConstraint(String name, String table, ConstraintKind kind) {
    apply(new DropConstraint(table, name, kind, null));
  }

  /**
   * Drops a named constraint and records what it was, so the drop can be reversed:
   * {@code op.dropConstraint("products", unique("sku").named("uq_products_sku"))}.
   */
  public void dropConstraint(String table, Constraint existing) {
    if (existing.name() == null) {
      throw new IllegalArgumentException("a constraint dropped from " + table + " needs its name: " + existing);
    }
    apply(new DropConstraint(table, existing.name(), existing));
  }

  // --- sequences -----------------------------------------------------------------------------

  public void createSequence(String name) {
    apply(new CreateSequence(new Sequence(name, 1, 1)));
  }

  public void createSequence(String name, long start, long increment) {
    apply(new CreateSequence(new Sequence(name, start, increment)));
  }

  public void dropSequence(String name) {
    apply(new DropSequence(name, null));
  }

  public void dropSequence(Sequence existing) {
    apply(new DropSequence(existing.name(), existing));
  }

  /** Drops a sequence and records what it was, as {@link #createSequence(String, long, long)} takes it. */
  public void dropSequence(String name, long start, long increment) {
    dropSequence(new Sequence(name, start, increment));
  }

  // --- data -----------------------------------------------------------------------------------

  /** One SQL statement with {@code ?} parameters: {@code op.execute("UPDATE products SET stock = ? WHERE stock IS NULL", 0)}. */
  public void execute(String sql, Object... parameters) {
    apply(new Execute(sql, Arrays.asList(parameters)));
  }

  public void bulkInsert(String table, List<Map<String, Object>> rows) {
    apply(new BulkInsert(table, rows));
  }

  /**
   * A data migration in Java on the migration's connection and transaction:
   * <pre>{@code
   * op.run("fill products.slug", db -> {
   *   for (var row : db.query("SELECT id, name FROM products")) {
   *     db.update("UPDATE products SET slug = ? WHERE id = ?", slugify(row.getString("name")), row.getLong("id"));
   *   }
   * });
   * }</pre>
   * Code cannot be written into an offline script, so {@code --sql} stops with an error at this point.
   */
  public void run(String description, RunJdbc.Work work) {
    apply(new RunJdbc(description, work));
  }

  // --- naming ----------------------------------------------------------------------------------

  /** Sorts table elements into a {@link Table}, naming unnamed constraints and indexes. */
  private Table table(String table, TableElement... elements) {
    List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey = null;
    List<ForeignKey> foreignKeys = new ArrayList<>();
    List<UniqueConstraint> uniques = new ArrayList<>();
    List<CheckConstraint> checks = new ArrayList<>();
    List<Index> indexes = new ArrayList<>();
    for (TableElement element : elements) {
      if (element instanceof Column c) {
        columns.add(c);
      } else if (element instanceof PrimaryKey pk) {
        if (primaryKey != null) {
          throw new IllegalArgumentException("table " + table + " is given two primary keys");
        }
        primaryKey = pk;
      } else if (element instanceof ForeignKey fk) {
        foreignKeys.add(named(table, fk));
      } else if (element instanceof UniqueConstraint uq) {
        uniques.add(named(table, uq));
      } else if (element instanceof CheckConstraint ck) {
        checks.add(named(table, ck));
      } else if (element instanceof Index ix) {
        indexes.add(named(table, ix));
      }
    }
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table " + table + " needs at least one column");
    }
    return new Table(table, columns, primaryKey, foreignKeys, uniques, checks, indexes);
  }

  private Index named(String table, Index index) {
    return index.name() != null ? index : index.named(naming.indexName(table, index.columns()));
  }

  private UniqueConstraint named(String table, UniqueConstraint uq) {
    return uq.name() != null ? uq : uq.named(naming.uniqueName(table, uq.columns()));
  }

  private CheckConstraint named(String table, CheckConstraint ck) {
    return ck.name() != null ? ck : ck.named(naming.checkName(table, ck.condition()));
  }

  private ForeignKey named(String table, ForeignKey fk) {
    return fk.name() != null ? fk : fk.named(naming.foreignKeyName(table, fk.columns(), fk.referencedTable()));
  }
}
