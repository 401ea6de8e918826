package io.retort.autogen.compare;

import static io.retort.autogen.compare.TestModels.bigint;
import static io.retort.autogen.compare.TestModels.check;
import static io.retort.autogen.compare.TestModels.col;
import static io.retort.autogen.compare.TestModels.fk;
import static io.retort.autogen.compare.TestModels.id;
import static io.retort.autogen.compare.TestModels.index;
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
import io.retort.runtime.ops.CreateTable;
import io.retort.runtime.ops.DropColumn;
import io.retort.runtime.ops.DropTable;
import io.retort.runtime.ops.RenameTable;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenameTest {

  private static SchemaModel products(Column... columns) {
    Column[] all = new Column[columns.length + 1];
    all[0] = id();
    System.arraycopy(columns, 0, all, 1, columns.length);
    return model(table("products", all));
  }

  private static ComparisonOptions renames(String from, String to) {
    return ComparisonOptions.defaults().withRename(from, to);
  }

  @Test
  void aColumnThatLooksRenamedIsProposedButStillADropAndAnAdd() {
    Column title = col("title", varchar(200)).notNull();
    Column name = col("name", varchar(200)).notNull();
    Comparison c = RoundTrip.compare(products(title), products(name));
    assertEquals(List.of(new DropColumn("products", "title", title), new AddColumn("products", name)),
        c.upgradeOperations());
    assertEquals(List.of(RenameProposal.column("products", "title", "name", "same type, nullability and default")),
        c.proposals());
    assertEquals("Possible rename: products.title -> products.name (same type, nullability and default); "
        + "confirm with --rename products.title=name", c.proposals().get(0).message());
    assertEquals("products.title=name", c.proposals().get(0).renameOption());
  }

  @Test
  void aConfirmedColumnRenameIsOneAlterColumn() {
    Column title = col("title", varchar(200)).notNull();
    Column name = col("name", varchar(200)).notNull();
    Comparison c = RoundTrip.compare(TestDialect.postgres(), renames("products.title", "name"), products(title), products(name));
    assertEquals(List.of(new AlterColumn("products", "title", null, null, null, "name", title)), c.upgradeOperations());
    assertEquals(List.of(new AlterColumn("products", "name", null, null, null, "title", name)), c.downgradeOperations());
    assertEquals(List.of("Detected renamed column 'products.title' to 'name'"), c.detectedLines());
    assertEquals(List.of(), c.proposals());
    assertEquals(List.of(), c.unusedRenames());
    assertEquals(new SafetyVerdict(Safety.SAFE, "renames column 'products.title' to 'name'"), c.changes().get(0).safety());
  }

  @Test
  void aConfirmedRenameCarriesTypeAndNullabilityChangesToo() {
    Column title = col("title", varchar(200));
    Column name = col("name", varchar(100)).notNull();
    Comparison c = RoundTrip.compare(TestDialect.postgres(), renames("products.title", "products.name"),
        products(title), products(name));
    assertEquals(List.of(new AlterColumn("products", "title", varchar(100), false, null, "name", title)),
        c.upgradeOperations());
    assertEquals(List.of(new AlterColumn("products", "name", varchar(200), true, null, "title", name)),
        c.downgradeOperations());
    assertEquals(List.of("Detected renamed column 'products.title' to 'name' with type change from varchar(200) "
        + "to varchar(100), NULL to NOT NULL"), c.detectedLines());
    assertEquals(Safety.DANGER, c.highestRisk());
  }

  @Test
  void aRenamedColumnKeepsItsIndexesConstraintsAndReferences() {
    Table db = table("products", id(), col("title", varchar(200)), col("cat", bigint()))
        .withIndexes(List.of(index("ix_products_title", "title")))
        .withCheckConstraints(List.of(check("ck_title", "length(title) > 0")))
        .withForeignKeys(List.of(fk("fk_products_cat", "cat", "categories")));
    Table entities = table("products", id(), col("name", varchar(200)), col("category_id", bigint()))
        .withIndexes(List.of(index("ix_products_name", "name")))
        .withCheckConstraints(List.of(check(null, "length(name) > 0")))
        .withForeignKeys(List.of(fk("fk_products_category", "category_id", "categories")));
    Table categories = table("categories", id());
    ComparisonOptions options = ComparisonOptions.defaults()
        .withRenames(Map.of("products.title", "name", "products.cat", "category_id"));
    Comparison c = RoundTrip.compare(TestDialect.postgres(), options, model(db, categories), model(entities, categories));
    assertEquals(List.of("Detected renamed column 'products.cat' to 'category_id'",
        "Detected renamed column 'products.title' to 'name'"), c.detectedLines());
  }

  @Test
  void aRenamedReferencedColumnIsFollowedByTheForeignKeysOfOtherTables() {
    Table dbCategories = table("categories", col("code", varchar(10)).notNull());
    Table dbProducts = table("products", id(), col("category_code", varchar(10)))
        .withForeignKeys(List.of(new io.retort.runtime.schema.ForeignKey("fk_cat", List.of("category_code"),
            "categories", List.of("code"), null, null)));
    Table newCategories = table("categories", col("slug", varchar(10)).notNull());
    Table newProducts = table("products", id(), col("category_code", varchar(10)))
        .withForeignKeys(List.of(new io.retort.runtime.schema.ForeignKey("fk_cat", List.of("category_code"),
            "categories", List.of("slug"), null, null)));
    Comparison c = RoundTrip.compare(TestDialect.postgres(), renames("categories.code", "slug"),
        model(dbCategories, dbProducts), model(newCategories, newProducts));
    assertEquals(List.of("Detected renamed column 'categories.code' to 'slug'"), c.detectedLines());
  }

  @Test
  void proposalsGoFromStrictToLooseMatchers() {
    SchemaModel db = products(col("title", varchar(200)).notNull(), col("qty", integer()).notNull().serverDefault("0"),
        col("descr", varchar(100)));
    SchemaModel entities = products(col("name", varchar(200)).notNull(), col("quantity", integer()).notNull(),
        col("description", text()));
    Comparison c = new SchemaComparator(TestDialect.postgres()).compare(db, entities);
    assertEquals(List.of(
        RenameProposal.column("products", "descr", "description", "similar name and related type"),
        RenameProposal.column("products", "qty", "quantity", "same type and nullability"),
        RenameProposal.column("products", "title", "name", "same type, nullability and default")), c.proposals());
  }

  @Test
  void similarNamesWinAmongColumnsOfTheSameDefinition() {
    SchemaModel db = products(col("first_name", varchar(50)), col("last_name", varchar(50)));
    SchemaModel entities = products(col("surname", varchar(50)), col("given_name", varchar(50)));
    Comparison c = new SchemaComparator(TestDialect.postgres()).compare(db, entities);
    assertEquals(List.of(
        RenameProposal.column("products", "first_name", "given_name", "same type, nullability and default; similar name"),
        RenameProposal.column("products", "last_name", "surname", "same type, nullability and default")), c.proposals());
  }

  @Test
  void unrelatedColumnsAreNotProposed() {
    Comparison c = new SchemaComparator(TestDialect.postgres())
        .compare(products(col("active", TestModels.bool())), products(col("note", varchar(200))));
    assertEquals(List.of(), c.proposals());
    assertEquals(2, c.changes().size());
  }

  @Test
  void aTableThatLooksRenamedIsProposedButStillADropAndACreate() {
    Table items = table("items", id(), col("name", varchar(200)), col("price", numeric(10, 2)));
    Table products = table("products", id(), col("name", varchar(200)), col("price", numeric(10, 2)));
    Comparison c = RoundTrip.compare(model(items), model(products));
    assertEquals(List.of(new DropTable("items", items), new CreateTable(products)), c.upgradeOperations());
    assertEquals(List.of(RenameProposal.table("items", "products", "same columns")), c.proposals());
    assertEquals("Possible rename: table items -> products (same columns); confirm with --rename items=products",
        c.proposals().get(0).message());
  }

  @Test
  void aTableWithSimilarNameAndHalfItsColumnsIsProposed() {
    Table db = table("product", id(), col("name", varchar(200)), col("price", numeric(10, 2)));
    Table entities = table("products", id(), col("name", varchar(200)), col("sku", varchar(20)));
    Comparison c = new SchemaComparator(TestDialect.postgres()).compare(model(db), model(entities));
    assertEquals(List.of(RenameProposal.table("product", "products", "similar name; 2 of 4 columns in common")),
        c.proposals());
  }

  @Test
  void aConfirmedTableRenameIsRenameTableThenTheUsualColumnComparison() {
    Table items = table("items", id(), col("name", varchar(100)), col("old", integer()));
    Table products = table("products", id(), col("name", varchar(200)));
    Table orders = table("orders", id(), col("item_id", bigint())).withForeignKeys(List.of(fk("fk_item", "item_id", "items")));
    Table newOrders = table("orders", id(), col("item_id", bigint()))
        .withForeignKeys(List.of(fk("fk_item", "item_id", "products")));
    Comparison c = RoundTrip.compare(TestDialect.postgres(), renames("items", "products"), model(items, orders),
        model(products, newOrders));
    assertEquals(new RenameTable("items", "products"), c.upgradeOperations().get(0));
    assertEquals(List.of(
        "Detected renamed table 'items' to 'products'",
        "Detected removed column 'products.old'",
        "Detected type change from varchar(100) to varchar(200) on 'products.name'"), c.detectedLines());
    assertEquals(new RenameTable("products", "items"), c.downgradeOperations().get(c.downgradeOperations().size() - 1));
  }

  @Test
  void aConfirmedTableAndColumnRenameTogether() {
    Table items = table("items", id(), col("title", varchar(100)));
    Table products = table("products", id(), col("name", varchar(100)));
    ComparisonOptions options = ComparisonOptions.defaults().withRenames(Map.of("items", "products", "items.title", "name"));
    Comparison c = RoundTrip.compare(TestDialect.postgres(), options, model(items), model(products));
    assertEquals(List.of("Detected renamed table 'items' to 'products'",
        "Detected renamed column 'products.title' to 'name'"), c.detectedLines());
  }

  @Test
  void renamesThatMatchNothingAreReported() {
    SchemaModel db = products(col("title", varchar(200)));
    SchemaModel entities = products(col("name", varchar(200)));
    ComparisonOptions options = ComparisonOptions.defaults().withRenames(Map.of(
        "products.titel", "name", "products.title", "nom", "orders.x", "y", "items", "products"));
    Comparison c = new SchemaComparator(TestDialect.postgres(), options).compare(db, entities);
    assertEquals(List.of(
        "items=products: table 'items' is not in the database",
        "orders.x=y: no table 'orders' is in both the database and the entities",
        "products.titel=name: column 'products.titel' is not in the database",
        "products.title=nom: column 'products.nom' is not in the entities"), c.unusedRenames());
    assertEquals(1, c.proposals().size());
  }

  @Test
  void aRenameHintLeftAfterItsRevisionWasAppliedChangesNothing() {
    SchemaModel renamed = products(col("name", varchar(200)));
    Comparison c = new SchemaComparator(TestDialect.postgres(), renames("products.title", "name")).compare(renamed, renamed);
    assertTrue(c.isEmpty());
    assertEquals(1, c.unusedRenames().size());
  }
}
