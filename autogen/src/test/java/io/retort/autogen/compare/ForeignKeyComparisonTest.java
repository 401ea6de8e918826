package io.retort.autogen.compare;

import static io.retort.autogen.compare.TestModels.bigint;
import static io.retort.autogen.compare.TestModels.col;
import static io.retort.autogen.compare.TestModels.fk;
import static io.retort.autogen.compare.TestModels.id;
import static io.retort.autogen.compare.TestModels.model;
import static io.retort.autogen.compare.TestModels.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.ops.CreateForeignKey;
import io.retort.runtime.ops.CreateTable;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.DropTable;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyComparisonTest {

  private static Table categories() {
    return table("categories", id());
  }

  private static SchemaModel shop(ForeignKey... fks) {
    return model(categories(), table("products", id(), col("category_id", bigint())).withForeignKeys(List.of(fks)));
  }

  @Test
  void foreignKeysAreMatchedByWhatTheyAreNotByName() {
    assertTrue(new SchemaComparator(TestDialect.postgres())
        .compare(shop(fk("products_category_id_fkey", "category_id", "categories")),
            shop(fk("FK1mtsbur82frn64de7balymq9s", "category_id", "categories")))
        .isEmpty());
  }

  @Test
  void addedAndRemovedForeignKeys() {
    ForeignKey fk = fk("fk_products_category", "category_id", "categories", ReferentialAction.CASCADE);
    Comparison added = RoundTrip.compare(shop(), shop(fk));
    assertEquals(List.of(new CreateForeignKey("products", fk)), added.upgradeOperations());
    assertEquals(List.of(new DropConstraint("products", "fk_products_category", fk)), added.downgradeOperations());
    assertEquals(List.of("Detected added foreign key 'fk_products_category' on 'products' (category_id) -> "
        + "'categories' (id) ON DELETE CASCADE"), added.detectedLines());
    assertEquals(new SafetyVerdict(Safety.CAUTION, "adds foreign key 'fk_products_category' on 'products' (category_id); "
        + "fails if existing rows reference rows missing from 'categories'"), added.changes().get(0).safety());

    Comparison removed = RoundTrip.compare(shop(fk), shop());
    assertEquals(List.of(new DropConstraint("products", "fk_products_category", fk)), removed.upgradeOperations());
    assertEquals(Safety.SAFE, removed.highestRisk());
  }

  @Test
  void aChangedOnDeleteIsADropAndACreate() {
    ForeignKey before = fk("products_category_id_fkey", "category_id", "categories");
    ForeignKey after = fk("fk_products_category", "category_id", "categories", ReferentialAction.CASCADE);
    Comparison c = RoundTrip.compare(shop(before), shop(after));
    assertEquals(List.of(new DropConstraint("products", "products_category_id_fkey", before),
        new CreateForeignKey("products", after)), c.upgradeOperations());
    assertEquals(List.of(new DropConstraint("products", "fk_products_category", after),
        new CreateForeignKey("products", before)), c.downgradeOperations());
  }

  @Test
  void restrictAndNoActionAreOneOnMariaDbAndH2ButNotOnPostgres() {
    SchemaModel reported = shop(fk("fk_a", "category_id", "categories", ReferentialAction.RESTRICT));
    SchemaModel declared = shop(fk("fk_b", "category_id", "categories", null));
    assertTrue(new SchemaComparator(TestDialect.mariadb()).compare(reported, declared).isEmpty());
    assertTrue(new SchemaComparator(TestDialect.h2()).compare(reported, declared).isEmpty());
    assertEquals(2, new SchemaComparator(TestDialect.postgres()).compare(reported, declared).changes().size());
  }

  @Test
  void addedTablesAreCreatedAfterTheTablesTheyReference() {
    Table a = table("a_orders", id(), col("customer_id", bigint()))
        .withForeignKeys(List.of(fk("fk_orders_customer", "customer_id", "z_customers")));
    Table z = table("z_customers", id(), col("region_id", bigint()))
        .withForeignKeys(List.of(fk("fk_customers_region", "region_id", "m_regions")));
    Table m = table("m_regions", id());
    Comparison c = RoundTrip.compare(SchemaModel.empty(), model(a, z, m));
    assertEquals(List.of(new CreateTable(m), new CreateTable(z), new CreateTable(a)), c.upgradeOperations());
    assertEquals(List.of(new DropTable("a_orders", a), new DropTable("z_customers", z), new DropTable("m_regions", m)),
        c.downgradeOperations());
  }

  @Test
  void aSelfReferenceNeedsNoSpecialOrder() {
    Table tree = table("nodes", id(), col("parent_id", bigint())).withForeignKeys(List.of(fk("fk_parent", "parent_id", "nodes")));
    Comparison c = RoundTrip.compare(SchemaModel.empty(), model(tree));
    assertEquals(List.of(new CreateTable(tree)), c.upgradeOperations());
  }

  @Test
  void tablesInACycleAreCreatedWithoutTheCycleForeignKeysWhichAreAddedAfterwards() {
    ForeignKey toEmployees = fk("fk_departments_manager", "manager_id", "employees");
    ForeignKey toDepartments = fk("fk_employees_department", "department_id", "departments");
    Table departments = table("departments", id(), col("manager_id", bigint())).withForeignKeys(List.of(toEmployees));
    Table employees = table("employees", id(), col("department_id", bigint())).withForeignKeys(List.of(toDepartments));
    Table badges = table("badges", id(), col("employee_id", bigint()))
        .withForeignKeys(List.of(fk("fk_badges_employee", "employee_id", "employees")));

    Comparison c = RoundTrip.compare(SchemaModel.empty(), model(badges, employees, departments));
    assertEquals(List.of(
        new CreateTable(departments.withForeignKeys(List.of())),
        new CreateTable(employees),
        new CreateTable(badges),
        new CreateForeignKey("departments", toEmployees)), c.upgradeOperations());
    assertEquals(List.of(
        "Detected added table 'departments'",
        "Detected added table 'employees'",
        "Detected added table 'badges'",
        "Detected added foreign key 'fk_departments_manager' on 'departments' (manager_id) -> 'employees' (id)"),
        c.detectedLines());
    assertEquals(Safety.SAFE, c.highestRisk(), "a foreign key between new, empty tables cannot fail");
  }

  @Test
  void droppedTablesInACycleLoseTheCycleForeignKeysFirst() {
    ForeignKey toEmployees = fk("fk_departments_manager", "manager_id", "employees");
    Table departments = table("departments", id(), col("manager_id", bigint())).withForeignKeys(List.of(toEmployees));
    Table employees = table("employees", id(), col("department_id", bigint()))
        .withForeignKeys(List.of(fk("fk_employees_department", "department_id", "departments")));
    Table kept = table("kept", id());

    Comparison c = RoundTrip.compare(model(departments, employees, kept), model(kept));
    assertEquals(List.of(
        new DropConstraint("departments", "fk_departments_manager", toEmployees),
        new DropTable("employees", employees),
        new DropTable("departments", departments.withForeignKeys(List.of()))), c.upgradeOperations());
    assertEquals(List.of(
        new CreateTable(departments.withForeignKeys(List.of())),
        new CreateTable(employees),
        new CreateForeignKey("departments", toEmployees)), c.downgradeOperations());
  }

  @Test
  void foreignKeysOfKeptTablesToADroppedTableAreDroppedBeforeIt() {
    ForeignKey toCategories = fk("fk_products_category", "category_id", "categories");
    SchemaModel db = model(categories(), table("products", id(), col("category_id", bigint()))
        .withForeignKeys(List.of(toCategories)));
    SchemaModel entities = model(table("products", id(), col("category_id", bigint())));
    Comparison c = RoundTrip.compare(db, entities);
    assertEquals(List.of(new DropConstraint("products", "fk_products_category", toCategories),
        new DropTable("categories", categories())), c.upgradeOperations());
  }

  @Test
  void foreignKeysOfKeptTablesToANewTableAreCreatedAfterIt() {
    ForeignKey toCategories = fk("fk_products_category", "category_id", "categories");
    SchemaModel db = model(table("products", id()));
    SchemaModel entities = model(categories(), table("products", id(), col("category_id", bigint()))
        .withForeignKeys(List.of(toCategories)));
    Comparison c = RoundTrip.compare(db, entities);
    assertEquals(List.of(
        "Detected added column 'products.category_id'",
        "Detected added table 'categories'",
        "Detected added foreign key 'fk_products_category' on 'products' (category_id) -> 'categories' (id)"),
        c.detectedLines());
  }
}
