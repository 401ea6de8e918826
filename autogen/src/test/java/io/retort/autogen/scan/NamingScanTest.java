package io.retort.autogen.scan;

import static io.retort.autogen.scan.Scans.assertTables;
import static io.retort.autogen.scan.Scans.column;
import static io.retort.autogen.scan.Scans.scan;
import static io.retort.autogen.scan.Scans.table;
import static io.retort.runtime.api.Columns.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Names: the project's naming strategy and quoting settings, and schema-qualified tables. */
class NamingScanTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void defaultNamingKeepsJavaNamesUnquoted(Kind kind) {
    SchemaModel model = scan("naming", kind);
    assertTables(model, "shippingrate", "shippingzone");
    Table zone = table(model, "ShippingZone");
    assertEquals("ShippingZone", zone.name());
    assertEquals(Column.of("zoneCode", string(20)).notNull(), column(zone, "zoneCode"));
    assertEquals("shippingZone_id", table(model, "ShippingRate").foreignKeys().get(0).columns().get(0));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void physicalNamingStrategyIsHonoured(Kind kind) {
    SchemaModel model = scan("naming", kind, Map.of("hibernate.physical_naming_strategy",
        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));
    assertTables(model, "shipping_rate", "shipping_zone");
    Table zone = table(model, "shipping_zone");
    assertEquals(List.of("id", "base_rate", "display_name", "zone_code"), zone.columns().stream().map(Column::name).toList());
    ForeignKey key = table(model, "shipping_rate").foreignKeys().get(0);
    assertEquals(List.of("shipping_zone_id"), key.columns());
    assertEquals("shipping_zone", key.referencedTable());
    assertEquals(List.of("display_name"), zone.indexes().get(0).columns());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void globallyQuotedIdentifiersBecomeDoubleQuotedNames(Kind kind) {
    SchemaModel model = scan("naming", kind, Map.of("hibernate.globally_quoted_identifiers", "true"));
    assertTables(model, "ShippingRate", "ShippingZone");
    Table zone = table(model, "\"ShippingZone\"");
    assertEquals("\"ShippingZone\"", zone.name());
    assertEquals(Column.of("\"zoneCode\"", string(20)).notNull(), column(zone, "\"zoneCode\""));
    assertEquals(List.of(new UniqueConstraint("\"UKk571btekwesca3x76k3gyry8a\"", List.of("\"zoneCode\""))),
        zone.uniqueConstraints());
    String indexName = kind == Kind.H2 ? "\"IDXoy4aedn7trkolyaqa91gwjyim\"" : "IDXoy4aedn7trkolyaqa91gwjyim";
    assertEquals(List.of(new Index(indexName, List.of("\"displayName\""), false)), zone.indexes(),
        "only H2's DDL (which qualifies index names) quotes them");

    ForeignKey key = table(model, "\"ShippingRate\"").foreignKeys().get(0);
    assertEquals(new ForeignKey("\"FKc2x1er8longxi7ipbn78boqg8\"", List.of("\"shippingZone_id\""), "\"ShippingZone\"",
        List.of("\"id\""), null, null), key);
    assertTrue(Names.isQuoted(key.name()), "no backticks or other dialect quotes are left: " + key.name());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void tablesInANamedSchemaAreQualifiedAsHibernatesDdlQualifiesThem(Kind kind) {
    SchemaModel model = scan("schema", kind);
    String prefix = kind == Kind.MARIADB ? "" : "inventory.";
    assertTables(model, prefix + "stock_items", prefix + "warehouses");
    Table items = table(model, prefix + "stock_items");
    assertEquals(prefix + "stock_items", items.name());
    assertEquals(List.of(new ForeignKey("fk_stock_items_warehouse", List.of("warehouse_id"), prefix + "warehouses",
        List.of("id"), null, null)), items.foreignKeys());
    assertEquals(List.of(new UniqueConstraint("uk_stock_items_article", List.of("warehouse_id", "article_code"))),
        items.uniqueConstraints());
    assertEquals(List.of(new Index("ix_stock_items_article", List.of("article_code"), false)), items.indexes());
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"H2", "POSTGRESQL"})
  void defaultSchemaSettingQualifiesEveryTableAndSequence(Kind kind) {
    SchemaModel model = scan("ids", kind, Map.of("hibernate.default_schema", "billing"));
    assertTables(model, "billing.api_tokens", "billing.audit_events", "billing.counters", "billing.invoices");
    assertTrue(model.sequence("billing.invoice_number_seq").isPresent(), model.sequences().keySet().toString());
  }
}
