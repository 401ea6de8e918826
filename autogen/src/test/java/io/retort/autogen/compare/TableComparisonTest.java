package io.retort.autogen.compare;

import static io.retort.autogen.compare.TestModels.check;
import static io.retort.autogen.compare.TestModels.col;
import static io.retort.autogen.compare.TestModels.fk;
import static io.retort.autogen.compare.TestModels.id;
import static io.retort.autogen.compare.TestModels.index;
import static io.retort.autogen.compare.TestModels.model;
import static io.retort.autogen.compare.TestModels.numeric;
import static io.retort.autogen.compare.TestModels.table;
import static io.retort.autogen.compare.TestModels.unique;
import static io.retort.autogen.compare.TestModels.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.ops.CreateTable;
import io.retort.runtime.ops.DropTable;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableComparisonTest {

  private static Table categories() {
    return table("categories", id(), col("name", varchar(100)).notNull())
        .withUniqueConstraints(List.of(unique("uq_categories_name", "name")));
  }

  private static Table products() {
    return table("products", id(), col("name", varchar(200)).notNull(), col("price", numeric(10, 2)).notNull(),
        col("category_id", TestModels.bigint()))
        .withForeignKeys(List.of(fk("fk_products_category", "category_id", "categories")))
        .withIndexes(List.of(index("ix_products_name", "name")))
        .withCheckConstraints(List.of(check("ck_products_price", "price >= 0")));
  }

  @Test
  void identicalModelsProduceNothing() {
    SchemaModel shop = model(categories(), products());
    Comparison comparison = new SchemaComparator(TestDialect.postgres()).compare(shop, shop);
    assertTrue(comparison.isEmpty());
    assertEquals(List.of(), comparison.proposals());
    assertEquals(List.of(), comparison.upgradeOperations());
    assertEquals(List.of(), comparison.downgradeOperations());
  }

  @Test
  void emptyModelsProduceNothing() {
    assertTrue(new SchemaComparator(TestDialect.h2()).compare(SchemaModel.empty(), SchemaModel.empty()).isEmpty());
  }

  @Test
  void addedTablesAreCreatedWithEverythingAndReferencedTablesFirst() {
    Comparison c = RoundTrip.compare(SchemaModel.empty(), model(products(), categories()));
    assertEquals(List.of(new CreateTable(categories()), new CreateTable(products())), c.upgradeOperations());
    assertEquals(List.of(new DropTable("products", products()), new DropTable("categories", categories())),
        c.downgradeOperations());
    assertEquals(List.of("Detected added table 'categories'", "Detected added table 'products'"), c.detectedLines());
    assertEquals(Safety.SAFE, c.highestRisk());
  }

  @Test
  void removedTablesCarryTheirDefinitionAndAreDroppedReferencingTablesFirst() {
    Comparison c = RoundTrip.compare(model(products(), categories()), SchemaModel.empty());
    assertEquals(List.of(new DropTable("products", products()), new DropTable("categories", categories())),
        c.upgradeOperations());
    assertEquals(List.of(new CreateTable(categories()), new CreateTable(products())), c.downgradeOperations());
    assertEquals(List.of("Detected removed table 'products'", "Detected removed table 'categories'"), c.detectedLines());
    assertEquals(Safety.DANGER, c.changes().get(0).safety().level());
    assertEquals("drops table 'products' and all its rows", c.changes().get(0).safety().reason());
  }

  @Test
  void tableNamesCompareWithoutRegardToCaseUnlessQuoted() {
    Table upper = table("PRODUCTS", col("ID", TestModels.bigint()).notNull(), col("NAME", varchar(200)));
    Table lower = table("products", col("id", TestModels.bigint()).notNull(), col("name", varchar(200)));
    assertTrue(new SchemaComparator(TestDialect.h2()).compare(model(upper), model(lower)).isEmpty());

    Table quoted = table("\"Products\"", col("id", TestModels.bigint()).notNull());
    Table plain = table("products", col("id", TestModels.bigint()).notNull());
    Comparison c = new SchemaComparator(TestDialect.postgres()).compare(model(quoted), model(plain));
    assertEquals(List.of("Detected removed table '\"Products\"'", "Detected added table 'products'"), c.detectedLines());
  }

  @Test
  void operationsUseTheEntitiesSpellingOfNamesThatAgree() {
    Table db = table("PRODUCTS", col("ID", TestModels.bigint()).notNull(), col("NAME", varchar(100)));
    Table entities = table("products", col("id", TestModels.bigint()).notNull(), col("name", varchar(200)));
    Comparison c = RoundTrip.compare(TestDialect.h2(), model(db), model(entities));
    assertEquals(List.of("Detected type change from varchar(100) to varchar(200) on 'products.name'"), c.detectedLines());
  }
}
