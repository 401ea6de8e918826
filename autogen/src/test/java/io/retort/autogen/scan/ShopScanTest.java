package io.retort.autogen.scan;

import static io.retort.autogen.scan.Scans.assertTables;
import static io.retort.autogen.scan.Scans.column;
import static io.retort.autogen.scan.Scans.scan;
import static io.retort.autogen.scan.Scans.table;
import static io.retort.runtime.api.Columns.bigInteger;
import static io.retort.runtime.api.Columns.bool;
import static io.retort.runtime.api.Columns.character;
import static io.retort.runtime.api.Columns.date;
import static io.retort.runtime.api.Columns.enumeration;
import static io.retort.runtime.api.Columns.integer;
import static io.retort.runtime.api.Columns.numeric;
import static io.retort.runtime.api.Columns.raw;
import static io.retort.runtime.api.Columns.smallInteger;
import static io.retort.runtime.api.Columns.string;
import static io.retort.runtime.api.Columns.timestamp;
import static io.retort.runtime.api.Columns.timestampTz;
import static io.retort.runtime.api.Columns.uuid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shop scenario: everyday mappings, on each database's dialect. */
class ShopScanTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyPhysicalTableAndNothingElse(Kind kind) {
    SchemaModel model = scan("shop", kind);
    assertTables(model, "categories", "customer_phones", "customer_profiles", "customers", "order_lines",
        "product_tags", "products", "purchase_orders", "tags");
    assertTrue(model.sequences().isEmpty(), "identity ids need no sequence: " + model.sequences());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void mappedSuperclassColumnsAreInEveryTable(Kind kind) {
    SchemaModel model = scan("shop", kind);
    for (String name : List.of("categories", "customers", "products", "purchase_orders", "order_lines", "tags")) {
      Table table = table(model, name);
      assertEquals(new Column("id", bigInteger(), false, null, true), column(table, "id"));
      assertEquals(new Column("version", bigInteger(), false, null, false), column(table, "version"));
      assertEquals(new Column("created_at", instantType(kind), false, null, false), column(table, "created_at"));
      assertEquals(new Column("updated_at", timestamp(6), true, null, false), column(table, "updated_at"));
      assertEquals(new PrimaryKey(null, List.of("id")), table.primaryKey(), "Hibernate's fake PK names are dropped");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void tableIndexesUniqueConstraintsAndColumnAttributes(Kind kind) {
    Table products = table(scan("shop", kind), "products");
    assertEquals(List.of(new Index("ix_products_category_status", List.of("category_id", "status"), false),
        new Index("ix_products_name", List.of("name"), false)), products.indexes());
    assertEquals(List.of(new UniqueConstraint("uk_products_sku", List.of("sku"))), products.uniqueConstraints());
    assertEquals(Column.of("sku", string(40)).notNull(), column(products, "sku"));
    assertEquals(Column.of("name", string(200)).notNull(), column(products, "name"));
    assertEquals(Column.of("price", numeric(12, 2)).notNull(), column(products, "price"));
    assertEquals(Column.of("stock_quantity", integer()).notNull().serverDefault("0"), column(products, "stock_quantity"));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void uniqueColumnsGetTheConstraintHibernateNames(Kind kind) {
    SchemaModel model = scan("shop", kind);
    assertEquals(List.of(new UniqueConstraint("UKt8o6pivur7nn124jehx7cygw5", List.of("name"))),
        table(model, "categories").uniqueConstraints());
    assertEquals(List.of(new UniqueConstraint("UKrfbvkrffamfql7cjmen8v976v", List.of("email")),
            new UniqueConstraint("UKs60x8jqhues76h9dbj75pwfel", List.of("external_id"))),
        table(model, "customers").uniqueConstraints());
    assertEquals(List.of(new UniqueConstraint("UKnqsdqb8p2iobsmeaa2jxxw7k", List.of("order_number"))),
        table(model, "purchase_orders").uniqueConstraints());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void foreignKeysWithExplicitNamesAndOnDelete(Kind kind) {
    SchemaModel model = scan("shop", kind);
    assertEquals(List.of(new ForeignKey("fk_products_category", List.of("category_id"), "categories", List.of("id"),
        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)), table(model, "products").foreignKeys());
    assertEquals(List.of(new ForeignKey("fk_categories_parent", List.of("parent_id"), "categories", List.of("id"),
        null, null)), table(model, "categories").foreignKeys());
    assertEquals(List.of(new ForeignKey("fk_purchase_orders_customer", List.of("customer_id"), "customers", List.of("id"),
        ReferentialAction.CASCADE, null)), table(model, "purchase_orders").foreignKeys());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void foreignKeysWithoutNamesGetHibernatesGeneratedNames(Kind kind) {
    List<ForeignKey> keys = table(scan("shop", kind), "order_lines").foreignKeys();
    assertEquals(List.of(
        new ForeignKey("FK5v1oeejtgtf2n3toppm3tkuhh", List.of("product_id"), "products", List.of("id"), null, null),
        new ForeignKey("FKt2dn0kd5eewlnvj437fob6c4l", List.of("order_id"), "purchase_orders", List.of("id"),
            ReferentialAction.CASCADE, null)), keys);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void manyToManyJoinTable(Kind kind) {
    Table join = table(scan("shop", kind), "product_tags");
    assertEquals(List.of(Column.of("product_id", bigInteger()).notNull(), Column.of("tag_id", bigInteger()).notNull()),
        join.columns());
    assertEquals(new PrimaryKey(null, List.of("product_id", "tag_id")), join.primaryKey());
    assertEquals(List.of(
        new ForeignKey("fk_product_tags_product", List.of("product_id"), "products", List.of("id"), null, null),
        new ForeignKey("fk_product_tags_tag", List.of("tag_id"), "tags", List.of("id"), null, null)), join.foreignKeys());
    assertTrue(join.uniqueConstraints().isEmpty(), "the join table's key is its primary key only");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void elementCollectionTable(Kind kind) {
    Table phones = table(scan("shop", kind), "customer_phones");
    assertEquals(List.of(Column.of("customer_id", bigInteger()).notNull(), Column.of("phone_number", string(30)).notNull()),
        phones.columns());
    assertNull(phones.primaryKey(), "a list of values has no primary key");
    assertEquals(List.of(new ForeignKey("fk_customer_phones_customer", List.of("customer_id"), "customers", List.of("id"),
        null, null)), phones.foreignKeys());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void embeddedColumnsWithOverrideAndColumnDefinition(Kind kind) {
    Table customers = table(scan("shop", kind), "customers");
    assertEquals(Column.of("billing_street", string(200)), column(customers, "billing_street"));
    assertEquals(Column.of("city", string(100)), column(customers, "city"));
    assertEquals(Column.of("postal_code", string(20)), column(customers, "postal_code"));
    assertEquals(Column.of("country_code", character(2)), column(customers, "country_code"));
    assertFalse(customers.column("street").isPresent(), "the override renamed street");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void basicTypesOfCustomer(Kind kind) {
    Table customers = table(scan("shop", kind), "customers");
    assertEquals(Column.of("active", bool()).notNull(), column(customers, "active"));
    assertEquals(Column.of("external_id", uuid()).notNull(), column(customers, "external_id"));
    assertEquals(Column.of("birth_date", date()), column(customers, "birth_date"));
    assertEquals(Column.of("full_name", string(150)).notNull(), column(customers, "full_name"));
    assertEquals(Column.of("newsletter_opt_in", bool()).notNull(),
        column(table(scan("shop", kind), "customer_profiles"), "newsletter_opt_in"));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void oneToOneJoinColumnIsUniqueWithANamedForeignKey(Kind kind) {
    Table profiles = table(scan("shop", kind), "customer_profiles");
    assertEquals(List.of(new UniqueConstraint("UKjoftwv6r96fq3bdnu7q00hq1w", List.of("customer_id"))),
        profiles.uniqueConstraints());
    assertEquals(List.of(new ForeignKey("fk_customer_profiles_customer", List.of("customer_id"), "customers", List.of("id"),
        null, null)), profiles.foreignKeys());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void enumByNameIsANativeEnumOnH2AndMariaDbAndACheckOnPostgres(Kind kind) {
    Table products = table(scan("shop", kind), "products");
    Column status = column(products, "status");
    if (kind == Kind.POSTGRESQL) {
      assertEquals(Column.of("status", string(20)).notNull(), status);
      assertTrue(products.checkConstraints().contains(new CheckConstraint(null, "status in ('DRAFT','ACTIVE','DISCONTINUED')")),
          products.checkConstraints().toString());
    } else {
      assertEquals(Column.of("status", enumeration("ACTIVE", "DISCONTINUED", "DRAFT")).notNull(), status);
      assertTrue(products.checkConstraints().stream().noneMatch(check -> check.condition().contains("status")),
          products.checkConstraints().toString());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void enumByOrdinalIsASmallNumberWithARangeCheck(Kind kind) {
    Table customers = table(scan("shop", kind), "customers");
    ColumnType expected = kind == Kind.POSTGRESQL ? smallInteger() : raw("tinyint");
    assertEquals(Column.of("priority", expected).notNull(), column(customers, "priority"));
    assertEquals(List.of(new CheckConstraint(null, "priority between 0 and 2")), customers.checkConstraints());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void hibernateCheckOnAFieldAndOnAClass(Kind kind) {
    SchemaModel model = scan("shop", kind);
    assertTrue(table(model, "products").checkConstraints().contains(new CheckConstraint("ck_products_price", "price >= 0")));
    assertTrue(table(model, "purchase_orders").checkConstraints()
        .contains(new CheckConstraint("ck_purchase_orders_total", "total >= 0")));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void offsetDateTimeAndBigDecimalOfOrders(Kind kind) {
    Table orders = table(scan("shop", kind), "purchase_orders");
    assertEquals(Column.of("placed_at", instantType(kind)).notNull(), column(orders, "placed_at"));
    assertEquals(Column.of("total", numeric(14, 2)).notNull(), column(orders, "total"));
    assertEquals(List.of(new Index("ix_purchase_orders_placed_at", List.of("placed_at"), false)), orders.indexes());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void scanningTwiceGivesTheSameModel(Kind kind) {
    assertEquals(scan("shop", kind), scan("shop", kind));
  }

  /** Instant and OffsetDateTime: timestamp with time zone, except on MariaDB, where Hibernate uses datetime(6). */
  static ColumnType instantType(Kind kind) {
    return kind == Kind.MARIADB ? timestamp(6) : timestampTz(6);
  }
}
