package io.retort.autogen.compare;

import static io.retort.autogen.compare.TestModels.bigint;
import static io.retort.autogen.compare.TestModels.check;
import static io.retort.autogen.compare.TestModels.col;
import static io.retort.autogen.compare.TestModels.fk;
import static io.retort.autogen.compare.TestModels.id;
import static io.retort.autogen.compare.TestModels.index;
import static io.retort.autogen.compare.TestModels.integer;
import static io.retort.autogen.compare.TestModels.numeric;
import static io.retort.autogen.compare.TestModels.table;
import static io.retort.autogen.compare.TestModels.text;
import static io.retort.autogen.compare.TestModels.unique;
import static io.retort.autogen.compare.TestModels.uniqueIndex;
import static io.retort.autogen.compare.TestModels.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import io.retort.runtime.schema.Sequence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafetyClassifierTest {
  private final SafetyClassifier classifier = new SafetyClassifier(TestDialect.postgres());

  private SafetyVerdict classify(Operation op) {
    return classifier.classify(op);
  }

  private SafetyVerdict typeChange(ColumnType from, ColumnType to) {
    return classify(new AlterColumn("products", "c", to, null, null, null, col("c", from)));
  }

  @Test
  void tables() {
    assertEquals(SafetyVerdict.safe("creates table 'products'"), classify(new CreateTable(table("products", id()))));
    assertEquals(SafetyVerdict.danger("drops table 'old_table' and all its rows"),
        classify(new DropTable("old_table", table("old_table", id()))));
    assertEquals(SafetyVerdict.safe("renames table 'items' to 'products'"), classify(new RenameTable("items", "products")));
  }

  @Test
  void columns() {
    assertEquals(SafetyVerdict.safe("adds nullable column 'products.note'"),
        classify(new AddColumn("products", col("note", text()))));
    assertEquals(SafetyVerdict.safe("adds NOT NULL column 'products.stock' with server default 0"),
        classify(new AddColumn("products", col("stock", integer()).notNull().serverDefault("0"))));
    assertEquals(SafetyVerdict.safe("adds identity column 'products.seq'"),
        classify(new AddColumn("products", col("seq", bigint()).identity())));
    assertEquals(SafetyVerdict.caution("adds NOT NULL column 'products.stock' without a server default; "
        + "fails if the table has rows"), classify(new AddColumn("products", col("stock", integer()).notNull())));
    assertEquals(SafetyVerdict.danger("drops column 'products.old' and its data"),
        classify(new DropColumn("products", "old", col("old", integer()))));
  }

  @Test
  void nullability() {
    Column nullable = col("stock", integer());
    assertEquals(SafetyVerdict.caution("makes 'products.stock' NOT NULL; fails if existing rows hold NULL"),
        classify(new AlterColumn("products", "stock", null, false, null, null, nullable)));
    assertEquals(SafetyVerdict.safe("makes 'products.stock' nullable"),
        classify(new AlterColumn("products", "stock", null, true, null, null, nullable.notNull())));
  }

  @Test
  void wideningTypeChangesAreSafe() {
    assertEquals(SafetyVerdict.safe("widens the type of 'products.c' from varchar(100) to varchar(200)"),
        typeChange(varchar(100), varchar(200)));
    assertEquals(Safety.SAFE, typeChange(varchar(100), text()).level());
    assertEquals(Safety.SAFE, typeChange(integer(), bigint()).level());
    assertEquals(Safety.SAFE, typeChange(numeric(10, 2), numeric(12, 2)).level());
    assertEquals(Safety.SAFE, typeChange(ColumnType.enumeration(List.of("A")), ColumnType.enumeration(List.of("A", "B"))).level());
  }

  @Test
  void narrowingOrUnclearTypeChangesAreDanger() {
    assertEquals(SafetyVerdict.danger("changes the type of 'products.c' from varchar(200) to varchar(100), which is not "
        + "clearly widening; values may be cut or rejected"), typeChange(varchar(200), varchar(100)));
    assertEquals(Safety.DANGER, typeChange(numeric(12, 2), numeric(10, 2)).level());
    assertEquals(Safety.DANGER, typeChange(numeric(10, 2), numeric(10, 3)).level());
    assertEquals(Safety.DANGER, typeChange(bigint(), integer()).level());
    assertEquals(Safety.DANGER, typeChange(text(), varchar(4000)).level());
    assertEquals(Safety.DANGER, typeChange(varchar(10), integer()).level());
    assertEquals(Safety.DANGER, typeChange(ColumnType.of(Kind.TIMESTAMP), ColumnType.of(Kind.TIMESTAMP_TZ)).level());
    assertEquals(Safety.DANGER, typeChange(ColumnType.enumeration(List.of("A", "B")), ColumnType.enumeration(List.of("A"))).level());
    assertEquals(Safety.DANGER, classify(new AlterColumn("products", "c", integer(), null, null, null, null)).level());
  }

  @Test
  void theRiskiestAspectOfAnAlterWins() {
    SafetyVerdict v = classify(new AlterColumn("products", "c", varchar(50), false, null, "d", col("c", varchar(100))));
    assertEquals(Safety.DANGER, v.level());
    assertEquals("changes the type of 'products.c' from varchar(100) to varchar(50), which is not clearly widening; "
        + "values may be cut or rejected", v.reason());
    assertEquals("DANGER: " + v.reason(), v.warning());
  }

  @Test
  void indexesAndConstraints() {
    assertEquals(SafetyVerdict.safe("adds index 'ix_n' on 'products' (name)"),
        classify(new CreateIndex("products", index("ix_n", "name"))));
    assertEquals(SafetyVerdict.caution("adds unique index 'ux_n' on 'products' (name); fails if existing rows have duplicates"),
        classify(new CreateIndex("products", uniqueIndex("ux_n", "name"))));
    assertEquals(Safety.CAUTION, classify(new CreateUniqueConstraint("products", unique("uq", "sku"))).level());
    assertEquals(Safety.CAUTION, classify(new CreateForeignKey("products", fk("fk", "category_id", "categories"))).level());
    assertEquals(Safety.CAUTION, classify(new CreateCheckConstraint("products", check("ck", "price >= 0"))).level());
    assertEquals(SafetyVerdict.safe("drops index 'ix_n' on 'products'"),
        classify(new DropIndex("products", "ix_n", index("ix_n", "name"))));
    assertEquals(SafetyVerdict.safe("drops foreign key 'fk' on 'products'"),
        classify(new DropConstraint("products", "fk", fk("fk", "category_id", "categories"))));
  }

  @Test
  void constraintsOnTablesCreatedInTheSameRevisionAreSafe() {
    SafetyClassifier forNewTables = new SafetyClassifier(TestDialect.postgres(), List.of("PRODUCTS"));
    assertEquals(SafetyVerdict.safe("adds foreign key 'fk' on 'products' (category_id) (new table)"),
        forNewTables.classify(new CreateForeignKey("products", fk("fk", "category_id", "categories"))));
    assertEquals(Safety.CAUTION, forNewTables.classify(new CreateForeignKey("orders", fk("fk", "p", "products"))).level());
  }

  @Test
  void keysOnColumnsAddedNullableInTheSameRevisionAreSafe() {
    AddColumn added = new AddColumn("products", Column.of("category_id", ColumnType.of(Kind.BIGINT)));
    AddColumn withDefault = new AddColumn("products", Column.of("shelf_id", ColumnType.of(Kind.BIGINT)).serverDefault("1"));
    SafetyClassifier forNewColumns = new SafetyClassifier(TestDialect.postgres(), List.of(), List.of(added, withDefault));
    assertEquals(SafetyVerdict.safe("adds foreign key 'fk' on 'products' (category_id) (new columns, all NULL)"),
        forNewColumns.classify(new CreateForeignKey("products", fk("fk", "category_id", "categories"))));
    assertEquals(Safety.SAFE, forNewColumns.classify(new CreateUniqueConstraint("products", unique("uq", "category_id"))).level());
    assertEquals(Safety.CAUTION, forNewColumns.classify(new CreateForeignKey("products", fk("fk", "shelf_id", "shelves"))).level(),
        "a column added with a default holds that default");
  }

  @Test
  void sequencesAndCode() {
    assertEquals(Safety.SAFE, classify(new CreateSequence(new Sequence("s", 1, 1))).level());
    assertEquals(Safety.CAUTION, classify(new DropSequence("s", new Sequence("s", 1, 1))).level());
    assertEquals(SafetyVerdict.caution("runs SQL that cannot be checked: UPDATE t SET x = 1"),
        classify(new Execute("UPDATE t SET x = 1", List.of())));
    assertEquals(Safety.CAUTION, classify(new BulkInsert("t", List.of(Map.of("x", 1)))).level());
    assertEquals(Safety.CAUTION, classify(new RunJdbc("fill slugs", db -> { })).level());
  }
}
