package io.retort.autogen.compare;

import static io.retort.autogen.compare.TestModels.bigint;
import static io.retort.autogen.compare.TestModels.col;
import static io.retort.autogen.compare.TestModels.id;
import static io.retort.autogen.compare.TestModels.integer;
import static io.retort.autogen.compare.TestModels.model;
import static io.retort.autogen.compare.TestModels.numeric;
import static io.retort.autogen.compare.TestModels.table;
import static io.retort.autogen.compare.TestModels.text;
import static io.retort.autogen.compare.TestModels.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.ops.AddColumn;
import io.retort.runtime.ops.AlterColumn;
import io.retort.runtime.ops.AlterColumn.DefaultChange;
import io.retort.runtime.ops.DropColumn;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import io.retort.runtime.schema.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnComparisonTest {

  private static SchemaModel products(Column... extra) {
    Column[] columns = new Column[extra.length + 1];
    columns[0] = id();
    System.arraycopy(extra, 0, columns, 1, extra.length);
    return model(table("products", columns));
  }

  @Test
  void addedColumn() {
    Column description = col("description", text());
    Comparison c = RoundTrip.compare(products(), products(description));
    assertEquals(List.of(new AddColumn("products", description)), c.upgradeOperations());
    assertEquals(List.of(new DropColumn("products", "description", description)), c.downgradeOperations());
    assertEquals(List.of("Detected added column 'products.description'"), c.detectedLines());
    assertEquals(new SafetyVerdict(Safety.SAFE, "adds nullable column 'products.description'"), c.changes().get(0).safety());
  }

  @Test
  void removedColumnCarriesItsFullDefinitionSoTheDowngradeReAddsItExactly() {
    Column price = col("price", numeric(10, 2)).notNull().serverDefault("0");
    Comparison c = RoundTrip.compare(products(price), products());
    assertEquals(List.of(new DropColumn("products", "price", price)), c.upgradeOperations());
    assertEquals(List.of(new AddColumn("products", price)), c.downgradeOperations());
    assertEquals(List.of("Detected removed column 'products.price'"), c.detectedLines());
    assertEquals(new SafetyVerdict(Safety.DANGER, "drops column 'products.price' and its data"), c.changes().get(0).safety());
  }

  @Test
  void nullToNotNullCarriesTheExistingColumn() {
    Column before = col("stock", integer());
    Column after = col("stock", integer()).notNull();
    Comparison c = RoundTrip.compare(products(before), products(after));
    assertEquals(List.of(new AlterColumn("products", "stock", null, false, null, null, before)), c.upgradeOperations());
    assertEquals(List.of(new AlterColumn("products", "stock", null, true, null, null, after)), c.downgradeOperations());
    assertEquals(List.of("Detected NULL to NOT NULL on 'products.stock'"), c.detectedLines());
    assertEquals(Safety.CAUTION, c.changes().get(0).safety().level());
  }

  @Test
  void notNullToNull() {
    Comparison c = RoundTrip.compare(products(col("stock", integer()).notNull()), products(col("stock", integer())));
    assertEquals(List.of("Detected NOT NULL to NULL on 'products.stock'"), c.detectedLines());
    assertEquals(Safety.SAFE, c.highestRisk());
  }

  @Test
  void typeChangeCarriesTheExistingColumn() {
    Column before = col("name", varchar(100)).notNull();
    Comparison c = RoundTrip.compare(products(before), products(col("name", varchar(200)).notNull()));
    assertEquals(List.of(new AlterColumn("products", "name", varchar(200), null, null, null, before)),
        c.upgradeOperations());
    assertEquals(List.of(new AlterColumn("products", "name", varchar(100), null, null, null,
        col("name", varchar(200)).notNull())), c.downgradeOperations());
    assertEquals(List.of("Detected type change from varchar(100) to varchar(200) on 'products.name'"), c.detectedLines());
    assertEquals(Safety.SAFE, c.highestRisk());
  }

  @Test
  void typeAndNullabilityChangeTogetherAreOneAlter() {
    Comparison c = RoundTrip.compare(products(col("stock", integer())), products(col("stock", bigint()).notNull()));
    assertEquals(1, c.changes().size());
    assertEquals(List.of("Detected type change from integer to bigint, NULL to NOT NULL on 'products.stock'"),
        c.detectedLines());
    assertEquals(new SafetyVerdict(Safety.CAUTION, "makes 'products.stock' NOT NULL; fails if existing rows hold NULL"),
        c.changes().get(0).safety());
  }

  @Test
  void typeChangesAreIgnoredWhenCompareTypeIsOff() {
    ComparisonOptions options = ComparisonOptions.defaults().withCompareType(false);
    Comparison c = new SchemaComparator(TestDialect.postgres(), options)
        .compare(products(col("name", varchar(100))), products(col("name", varchar(200))));
    assertTrue(c.isEmpty());
  }

  @Test
  void equivalentTypeSpellingsAreNoChange() {
    SchemaModel db = products(col("body", ColumnType.of(Kind.CLOB)), col("created", ColumnType.of(Kind.TIMESTAMP)),
        col("count", ColumnType.raw("int4")), col("flag", ColumnType.raw("tinyint(1)")));
    SchemaModel entities = products(col("body", text()), col("created", ColumnType.withPrecision(Kind.TIMESTAMP, 6)),
        col("count", integer()), col("flag", ColumnType.of(Kind.BOOLEAN)));
    assertTrue(new SchemaComparator(TestDialect.mariadb()).compare(db, entities).isEmpty());
    assertEquals(List.of("Detected type change from tinyint(1) to boolean on 'products.flag'"),
        new SchemaComparator(TestDialect.postgres()).compare(db, entities).detectedLines());
  }

  @Test
  void serverDefaultsAreOnlyComparedWhenAskedFor() {
    SchemaModel db = products(col("stock", integer()).serverDefault("0"));
    SchemaModel entities = products(col("stock", integer()).serverDefault("1"));
    assertTrue(new SchemaComparator(TestDialect.postgres()).compare(db, entities).isEmpty());

    ComparisonOptions options = ComparisonOptions.defaults().withCompareServerDefault(true);
    Comparison c = RoundTrip.compare(TestDialect.postgres(), options, db, entities);
    assertEquals(List.of(new AlterColumn("products", "stock", null, null, new DefaultChange("1"), null,
        col("stock", integer()).serverDefault("0"))), c.upgradeOperations());
    assertEquals(List.of("Detected server default change from 0 to 1 on 'products.stock'"), c.detectedLines());
  }

  @Test
  void serverDefaultsAddedAndRemoved() {
    ComparisonOptions options = ComparisonOptions.defaults().withCompareServerDefault(true);
    Comparison added = RoundTrip.compare(TestDialect.postgres(), options,
        products(col("stock", integer())), products(col("stock", integer()).serverDefault("0")));
    assertEquals(List.of("Detected server default change from none to 0 on 'products.stock'"), added.detectedLines());
    Comparison removed = RoundTrip.compare(TestDialect.postgres(), options,
        products(col("stock", integer()).serverDefault("0")), products(col("stock", integer())));
    assertEquals(List.of(new AlterColumn("products", "stock", null, null, new DefaultChange(null), null,
        col("stock", integer()).serverDefault("0"))), removed.upgradeOperations());
  }

  @Test
  void equivalentServerDefaultsAreNoChange() {
    ComparisonOptions options = ComparisonOptions.defaults().withCompareServerDefault(true);
    Comparison c = new SchemaComparator(TestDialect.postgres(), options).compare(
        products(col("stock", integer()).serverDefault("('0'::integer)")), products(col("stock", integer()).serverDefault("0")));
    assertTrue(c.isEmpty());
  }

  @Test
  void identityColumnsHaveNoComparedDefault() {
    ComparisonOptions options = ComparisonOptions.defaults().withCompareServerDefault(true);
    Column db = new Column("id", bigint(), false, "nextval('products_id_seq')", true);
    Column entity = new Column("id", bigint(), false, null, true);
    assertTrue(new SchemaComparator(TestDialect.postgres(), options)
        .compare(model(table("products", db)), model(table("products", entity))).isEmpty());
  }

  @Test
  void columnsChangeInNameOrder() {
    Comparison c = RoundTrip.compare(products(col("zeta", integer()), col("alpha", integer())),
        products(col("beta", text()), col("alpha", bigint()), col("omega", varchar(3))));
    assertEquals(List.of(
        "Detected removed column 'products.zeta'",
        "Detected added column 'products.beta'",
        "Detected added column 'products.omega'",
        "Detected type change from integer to bigint on 'products.alpha'"), c.detectedLines());
  }
}
