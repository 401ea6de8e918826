package io.retort.autogen.compare;

import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.ops.AlterColumn;
import io.retort.runtime.ops.AddColumn;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.ops.RenameTable;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the database ({@code current}) with the entities ({@code target}) and returns the
 * operations that bring the database to the entities, each with its exact reverse (Alembic's
 * {@code compare_metadata}). Pure: no database access, everything comes in as {@link SchemaModel}s.
 *
 * <p>Each concern has its own class, as in Alembic's {@code autogenerate/compare/}: tables
 * ({@link TableComparator}), columns ({@link ColumnComparator}), types ({@link TypeComparator}), server
 * defaults ({@link ServerDefaultComparator}), indexes ({@link IndexComparator}), unique constraints
 * ({@link UniqueConstraintComparator}), foreign keys ({@link ForeignKeyComparator}), check constraints
 * ({@link CheckConstraintComparator}) and sequences ({@link SequenceComparator}). This class only
 * orders their results so that every step finds what it needs:
 * <ol>
 *   <li>create sequences, change sequence increments;</li>
 *   <li>confirmed renames: tables, then columns (later steps, and the reverse of earlier ones in
 *       {@code downgrade()}, use the new names);</li>
 *   <li>drop foreign keys that are removed or changed, and those inside cycles of dropped tables;</li>
 *   <li>drop removed tables, referencing tables first;</li>
 *   <li>per table, by name: drop indexes, unique constraints and checks; drop, add, then alter columns;
 *       create unique constraints, indexes and checks;</li>
 *   <li>create added tables, referenced tables first;</li>
 *   <li>create foreign keys that are added or changed, and those deferred out of table cycles;</li>
 *   <li>drop removed sequences.</li>
 * </ol>
 * {@code downgrade()} is the reverse of each step, in reverse order.
 */
public final class SchemaComparator {
  private final Dialect dialect;
  private final ComparisonOptions options;
  private final TableComparator tables;
  private final ColumnComparator columns;
  private final IndexComparator indexes;
  private final UniqueConstraintComparator uniques;
  private final ForeignKeyComparator foreignKeys;
  private final CheckConstraintComparator checks;
  private final SequenceComparator sequences;

  public SchemaComparator(Dialect dialect, ComparisonOptions options) {
    this.dialect = dialect;
    this.options = options;
    ComparisonContext context = new ComparisonContext(dialect, options);
    TypeComparator types = new TypeComparator(context);
    this.tables = new TableComparator(context, types);
    this.columns = new ColumnComparator(types, new ServerDefaultComparator(context));
    this.indexes = new IndexComparator(context);
    this.uniques = new UniqueConstraintComparator(context);
    this.foreignKeys = new ForeignKeyComparator(context);
    this.checks = new CheckConstraintComparator(context);
    this.sequences = new SequenceComparator(context);
  }

  /** A comparator with {@link ComparisonOptions#defaults()}. */
  public SchemaComparator(Dialect dialect) {
    this(dialect, ComparisonOptions.defaults());
  }

  /**
   * @param currentModel the database as introspected
   * @param targetModel the schema the entities describe
   */
  public Comparison compare(SchemaModel currentModel, SchemaModel targetModel) {
    SchemaModel current = ModelFilter.apply(currentModel, options);
    SchemaModel target = ModelFilter.apply(targetModel, options);
    ConfirmedRenames confirmed = ConfirmedRenames.parse(options.renames());
    TableComparator.TableMatching matching = tables.match(current, target, confirmed);

    List<Step> renames = new ArrayList<>();
    NameMap names = new NameMap();
    for (TableComparator.TablePair pair : matching.pairs()) {
      if (pair.renamed()) {
        renames.add(Step.of(new RenameTable(pair.current().name(), pair.target().name())));
      }
      names.table(pair.current().name(), pair.target().name());
    }
    for (TableComparator.TablePair pair : matching.pairs()) {
      Table have = pair.current();
      Table want = pair.target();
      for (AlterColumn rename : columns.confirmedRenames(have, want, confirmed)) {
        renames.add(Step.of(rename));
        names.redefine(have.name(), rename.column(), rename.after().orElseThrow());
      }
      for (Column column : have.columns()) {
        want.column(column.name()).ifPresent(wanted -> names.column(have.name(), column.name(), wanted.name()));
      }
    }
    SchemaModel renamed = ModelRewriter.rewrite(current, names);

    List<RenameProposal> proposals = new ArrayList<>(matching.proposals());
    List<Step> foreignKeyDrops = new ArrayList<>();
    List<Step> tableAlters = new ArrayList<>();
    List<Step> foreignKeyCreates = new ArrayList<>();
    for (TableComparator.TablePair pair : matching.pairs()) {
      Table want = pair.target();
      Table have = renamed.table(want.name()).orElseThrow();
      ColumnComparator.ColumnChanges columnChanges = columns.compare(have, want);
      ElementChanges indexChanges = indexes.compare(have, want);
      ElementChanges uniqueChanges = uniques.compare(have, want);
      ElementChanges checkChanges = checks.compare(have, want);
      ElementChanges foreignKeyChanges = foreignKeys.compare(have, want);
      proposals.addAll(columnChanges.proposals());
      addAll(foreignKeyDrops, foreignKeyChanges.drops());
      addAll(tableAlters, indexChanges.drops());
      addAll(tableAlters, uniqueChanges.drops());
      addAll(tableAlters, checkChanges.drops());
      addAll(tableAlters, columnChanges.drops());
      addAll(tableAlters, columnChanges.adds());
      addAll(tableAlters, columnChanges.alters());
      addAll(tableAlters, uniqueChanges.creates());
      addAll(tableAlters, indexChanges.creates());
      addAll(tableAlters, checkChanges.creates());
      addAll(foreignKeyCreates, foreignKeyChanges.creates());
    }

    List<Table> removed = matching.removed().stream().map(t -> renamed.table(t.name()).orElseThrow()).toList();
    TableComparator.TableChanges tableChanges = tables.compare(removed, matching.added());
    SequenceComparator.SequenceChanges sequenceChanges = sequences.compare(current, target);

    List<Step> steps = new ArrayList<>(sequenceChanges.creates());
    steps.addAll(renames);
    steps.addAll(foreignKeyDrops);
    steps.addAll(tableChanges.foreignKeyDrops());
    steps.addAll(tableChanges.tableDrops());
    steps.addAll(tableAlters);
    steps.addAll(tableChanges.tableCreates());
    steps.addAll(foreignKeyCreates);
    steps.addAll(tableChanges.foreignKeyCreates());
    steps.addAll(sequenceChanges.drops());

    List<AddColumn> addedColumns = steps.stream().map(Step::upgrade).filter(AddColumn.class::isInstance)
        .map(AddColumn.class::cast).toList();
    SafetyClassifier classifier = new SafetyClassifier(dialect, matching.added().stream().map(Table::name).toList(), addedColumns);
    List<Change> changes = steps.stream().map(step -> new Change(step.upgrade(), step.downgrade(),
        step.safety() != null ? step.safety() : classifier.classify(step.upgrade()),
        step.detectedLine() != null ? step.detectedLine() : ChangeDescriber.detectedLine(step.upgrade()))).toList();
    return new Comparison(changes, proposals, confirmed.unused());
  }

  private static void addAll(List<Step> steps, List<Operation> operations) {
    operations.forEach(op -> steps.add(Step.of(op)));
  }
}
