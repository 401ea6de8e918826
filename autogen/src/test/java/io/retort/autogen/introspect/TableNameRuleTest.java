package io.retort.autogen.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableNameRuleTest {

  @Test
  void readsTheTableFromSchemaCrawlersFullName() {
    assertEquals("products", TableNameRule.tableName("public.products"));
    assertEquals("order", TableNameRule.tableName("shop.\"order\""));
    assertEquals("order", TableNameRule.tableName("shop.`order`"));
    assertEquals("PRODUCTS", TableNameRule.tableName("DB.PUBLIC.PRODUCTS"));
    assertEquals("a.b", TableNameRule.tableName("\"my.db\".PUBLIC.\"a.b\""));
    assertEquals("say \"hi\"", TableNameRule.tableName("s.\"say \"\"hi\"\"\""));
  }

  @Test
  void leavesOutTheVersionTableInAnyCaseUnlessQuoted() {
    TableNameRule rule = new TableNameRule(TableFilter.all(), "retort_version");

    assertFalse(rule.test("DB.PUBLIC.RETORT_VERSION"));
    assertFalse(rule.test("shop.retort_version"));
    assertTrue(rule.test("shop.products"));

    TableNameRule quoted = new TableNameRule(TableFilter.all(), "\"Versions\"");
    assertFalse(quoted.test("shop.\"Versions\""));
    assertTrue(quoted.test("shop.versions"));
  }

  @Test
  void appliesTheFilter() {
    TableNameRule rule = new TableNameRule(TableFilter.all().excluding("legacy_*"), "retort_version");

    assertFalse(rule.test("shop.legacy_orders"));
    assertTrue(rule.test("shop.\"order\""));
    assertFalse(rule.test(null));
  }
}
