package io.retort.autogen.compare;

import static io.retort.autogen.compare.TestModels.check;
import static io.retort.autogen.compare.TestModels.col;
import static io.retort.autogen.compare.TestModels.id;
import static io.retort.autogen.compare.TestModels.model;
import static io.retort.autogen.compare.TestModels.numeric;
import static io.retort.autogen.compare.TestModels.table;
import static io.retort.autogen.compare.TestModels.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.ops.CreateCheckConstraint;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckConstraintComparisonTest {

  private static SchemaModel products(CheckConstraint... checks) {
    return model(table("products", id(), col("price", numeric(10, 2)), col("status", varchar(16)), col("doc", TestModels.text()))
        .withCheckConstraints(List.of(checks)));
  }

  @Test
  void conditionsAsPostgresReportsThemMatchTheDeclaredOnes() {
    SchemaModel db = products(
        check("products_price_check", "((price >= (0)::numeric))"),
        check("products_status_check", "((status)::text = ANY ((ARRAY['ACTIVE'::character varying, "
            + "'SUSPENDED'::character varying])::text[]))"));
    SchemaModel entities = products(check(null, "price>=0"), check(null, "status in ('ACTIVE','SUSPENDED')"));
    assertTrue(new SchemaComparator(TestDialect.postgres()).compare(db, entities).isEmpty());
  }

  @Test
  void conditionsAsH2AndMariaDbReportThemMatchTheDeclaredOnes() {
    SchemaModel h2 = products(check("CONSTRAINT_8", "\"STATUS\" IN('ACTIVE', 'SUSPENDED')"));
    SchemaModel maria = products(check("CONSTRAINT_1", "`status` in ('ACTIVE','SUSPENDED')"));
    SchemaModel entities = products(check(null, "status in ('ACTIVE','SUSPENDED')"));
    assertTrue(new SchemaComparator(TestDialect.h2()).compare(h2, entities).isEmpty());
    assertTrue(new SchemaComparator(TestDialect.mariadb()).compare(maria, entities).isEmpty());
  }

  @Test
  void sameNameIsTheSameConstraintWhateverTheConditionLooksLike() {
    assertTrue(new SchemaComparator(TestDialect.postgres()).compare(
        products(check("ck_price", "price BETWEEN 0 AND 10000")), products(check("ck_price", "price >= 0 and price <= 1e4")))
        .isEmpty());
  }

  @Test
  void aChangedUnnamedConditionIsADropAndACreate() {
    CheckConstraint old = check("products_status_check", "status in ('ACTIVE','SUSPENDED')");
    CheckConstraint wanted = check(null, "status in ('ACTIVE','SUSPENDED','CLOSED')");
    Comparison c = RoundTrip.compare(products(old), products(wanted));
    CheckConstraint named = wanted.named(ComparisonOptions.defaults().namingConvention()
        .checkName("products", wanted.condition()));
    assertEquals(List.of(new DropConstraint("products", "products_status_check", old),
        new CreateCheckConstraint("products", named)), c.upgradeOperations());
    assertEquals(List.of(
        "Detected removed check constraint 'products_status_check' on 'products' (status in ('ACTIVE','SUSPENDED'))",
        "Detected added check constraint '" + named.name() + "' on 'products' (status in ('ACTIVE','SUSPENDED','CLOSED'))"),
        c.detectedLines());
    assertEquals(new SafetyVerdict(Safety.CAUTION, "adds check constraint '" + named.name() + "' on 'products'; "
        + "fails if existing rows violate status in ('ACTIVE','SUSPENDED','CLOSED')"), c.changes().get(1).safety());
  }

  @Test
  void addedAndRemovedChecks() {
    CheckConstraint ck = check("ck_products_price", "price >= 0");
    Comparison added = RoundTrip.compare(products(), products(ck));
    assertEquals(List.of(new CreateCheckConstraint("products", ck)), added.upgradeOperations());
    assertEquals(List.of(new DropConstraint("products", "ck_products_price", ck)), added.downgradeOperations());
    Comparison removed = RoundTrip.compare(products(ck), products());
    assertEquals(List.of("Detected removed check constraint 'ck_products_price' on 'products' (price >= 0)"),
        removed.detectedLines());
  }

  @Test
  void mariaDbJsonValidChecksAreLeftAlone() {
    SchemaModel db = products(check("doc", "json_valid(`doc`)"));
    assertTrue(new SchemaComparator(TestDialect.mariadb()).compare(db, products()).isEmpty());
    assertEquals(1, new SchemaComparator(TestDialect.postgres()).compare(db, products()).changes().size());
  }
}
