package io.retort.autogen.compare;

import static io.retort.autogen.compare.TestModels.col;
import static io.retort.autogen.compare.TestModels.fk;
import static io.retort.autogen.compare.TestModels.id;
import static io.retort.autogen.compare.TestModels.index;
import static io.retort.autogen.compare.TestModels.model;
import static io.retort.autogen.compare.TestModels.table;
import static io.retort.autogen.compare.TestModels.unique;
import static io.retort.autogen.compare.TestModels.uniqueIndex;
import static io.retort.autogen.compare.TestModels.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.ops.CreateIndex;
import io.retort.runtime.ops.CreateUniqueConstraint;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.DropIndex;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexComparisonTest {

  private static Table products() {
    return table("products", id(), col("name", varchar(200)), col("sku", varchar(20)), col("category_id", TestModels.bigint()));
  }

  private static SchemaModel withIndexes(Index... indexes) {
    return model(products().withIndexes(List.of(indexes)));
  }

  private static SchemaModel withUniques(UniqueConstraint... uniques) {
    return model(products().withUniqueConstraints(List.of(uniques)));
  }

  @Test
  void indexesAreMatchedByColumnsNotByName() {
    assertTrue(new SchemaComparator(TestDialect.postgres())
        .compare(withIndexes(index("products_name_idx", "name")), withIndexes(index("IDXname123", "name"))).isEmpty());
  }

  @Test
  void indexColumnOrderMatters() {
    Comparison c = RoundTrip.compare(withIndexes(index("ix_a", "name", "sku")), withIndexes(index("ix_b", "sku", "name")));
    assertEquals(List.of("Detected removed index 'ix_a' on 'products' (name, sku)",
        "Detected added index 'ix_b' on 'products' (sku, name)"), c.detectedLines());
  }

  @Test
  void addedAndRemovedIndexes() {
    Index ix = index("ix_products_name", "name");
    Comparison added = RoundTrip.compare(withIndexes(), withIndexes(ix));
    assertEquals(List.of(new CreateIndex("products", ix)), added.upgradeOperations());
    assertEquals(List.of(new DropIndex("products", "ix_products_name", ix)), added.downgradeOperations());
    assertEquals(Safety.SAFE, added.highestRisk());

    Comparison removed = RoundTrip.compare(withIndexes(ix), withIndexes());
    assertEquals(List.of(new DropIndex("products", "ix_products_name", ix)), removed.upgradeOperations());
    assertEquals(List.of("Detected removed index 'ix_products_name' on 'products' (name)"), removed.detectedLines());
  }

  @Test
  void unnamedIndexesAreNamedByTheNamingConvention() {
    Comparison c = RoundTrip.compare(withIndexes(), withIndexes(index(null, "name")));
    assertEquals(List.of(new CreateIndex("products", index("ix_products_name", "name"))), c.upgradeOperations());
  }

  @Test
  void newUniqueIndexIsCaution() {
    Comparison c = RoundTrip.compare(withIndexes(), withIndexes(uniqueIndex("ux_products_sku", "sku")));
    assertEquals(List.of("Detected added unique index 'ux_products_sku' on 'products' (sku)"), c.detectedLines());
    assertEquals(new SafetyVerdict(Safety.CAUTION,
        "adds unique index 'ux_products_sku' on 'products' (sku); fails if existing rows have duplicates"),
        c.changes().get(0).safety());
  }

  @Test
  void uniqueConstraintsAreMatchedByColumnSet() {
    assertTrue(new SchemaComparator(TestDialect.postgres()).compare(
        withUniques(unique("products_name_sku_key", "sku", "name")), withUniques(unique("UK8hx", "name", "sku"))).isEmpty());
  }

  @Test
  void addedAndRemovedUniqueConstraints() {
    UniqueConstraint uq = unique("uq_products_sku", "sku");
    Comparison added = RoundTrip.compare(withUniques(), withUniques(uq));
    assertEquals(List.of(new CreateUniqueConstraint("products", uq)), added.upgradeOperations());
    assertEquals(List.of(new DropConstraint("products", "uq_products_sku", uq)), added.downgradeOperations());
    assertEquals(List.of("Detected added unique constraint 'uq_products_sku' on 'products' (sku)"), added.detectedLines());
    assertEquals(Safety.CAUTION, added.highestRisk());

    Comparison removed = RoundTrip.compare(withUniques(uq), withUniques());
    assertEquals(List.of("Detected removed unique constraint 'uq_products_sku' on 'products' (sku)"),
        removed.detectedLines());
    assertEquals(Safety.SAFE, removed.highestRisk());
  }

  @Test
  void aUniqueIndexAndAUniqueConstraintOnTheSameColumnsAreTheSame() {
    SchemaModel mariaDbReports = withIndexes(uniqueIndex("UK_sku", "sku"));
    SchemaModel hibernateSays = withUniques(unique("UKabc", "sku"));
    assertTrue(new SchemaComparator(TestDialect.mariadb()).compare(mariaDbReports, hibernateSays).isEmpty());
    assertTrue(new SchemaComparator(TestDialect.mariadb()).compare(hibernateSays, mariaDbReports).isEmpty());
  }

  @Test
  void aUniqueIndexBecomingPlainIsADropAndACreate() {
    Comparison c = RoundTrip.compare(withIndexes(uniqueIndex("ux_sku", "sku")), withIndexes(index("ix_sku", "sku")));
    assertEquals(List.of("Detected removed unique index 'ux_sku' on 'products' (sku)",
        "Detected added index 'ix_sku' on 'products' (sku)"), c.detectedLines());
  }

  @Test
  void thePrimaryKeyIndexIsNotAUniqueConstraint() {
    assertTrue(new SchemaComparator(TestDialect.postgres())
        .compare(withIndexes(uniqueIndex("products_pkey", "id")), withIndexes()).isEmpty());
  }

  @Test
  void h2ForeignKeyIndexesAreLeftAlone() {
    Table categories = table("categories", id());
    Table db = products().withForeignKeys(List.of(fk("FK_CAT", "category_id", "categories")))
        .withIndexes(List.of(index("FK_CAT_INDEX_C", "CATEGORY_ID")));
    Table entities = products().withForeignKeys(List.of(fk("FKq1w2e3", "category_id", "categories")));
    assertTrue(new SchemaComparator(TestDialect.h2()).compare(model(categories, db), model(categories, entities)).isEmpty());
  }

  @Test
  void mariaDbForeignKeyIndexesAreLeftAlone() {
    Table categories = table("categories", id());
    Table db = products().withForeignKeys(List.of(fk("FK_cat", "category_id", "categories")))
        .withIndexes(List.of(index("FK_cat", "category_id")));
    Table entities = products().withForeignKeys(List.of(fk("FKq1w2e3", "category_id", "categories")));
    assertTrue(new SchemaComparator(TestDialect.mariadb()).compare(model(categories, db), model(categories, entities))
        .isEmpty());
    assertEquals(List.of("Detected removed index 'FK_cat' on 'products' (category_id)"),
        new SchemaComparator(TestDialect.postgres()).compare(model(categories, db), model(categories, entities))
            .detectedLines());
  }
}
