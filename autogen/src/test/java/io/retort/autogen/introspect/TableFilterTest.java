package io.retort.autogen.introspect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableFilterTest {

  @Test
  void acceptsEveryTableByDefault() {
    assertTrue(TableFilter.all().accepts("products"));
    assertTrue(TableFilter.all().accepts("\"Mixed\""));
  }

  @Test
  void includesByNameOrPatternIgnoringCase() {
    TableFilter filter = TableFilter.including("products", "shop_*");

    assertTrue(filter.accepts("PRODUCTS"));
    assertTrue(filter.accepts("shop_orders"));
    assertTrue(filter.accepts("SHOP_"));
    assertFalse(filter.accepts("categories"));
    assertFalse(filter.accepts("my_products"));
  }

  @Test
  void excludesWinOverIncludes() {
    TableFilter filter = TableFilter.including("shop_*").excluding("shop_tmp?", "legacy_*");

    assertTrue(filter.accepts("shop_orders"));
    assertFalse(filter.accepts("shop_tmp1"));
    assertTrue(filter.accepts("shop_tmp12"));
    assertFalse(TableFilter.all().excluding("legacy_*").accepts("LEGACY_STUFF"));
  }

  @Test
  void quotedPatternsAreCaseSensitive() {
    TableFilter filter = TableFilter.all().excluding("\"Audit*\"");

    assertFalse(filter.accepts("AuditLog"));
    assertTrue(filter.accepts("auditlog"));
  }

  @Test
  void regexCharactersInPatternsAreLiteral() {
    TableFilter filter = TableFilter.including("a.b", "c$");

    assertTrue(filter.accepts("a.b"));
    assertFalse(filter.accepts("axb"));
    assertTrue(filter.accepts("c$"));
  }

  @Test
  void rejectsBlankPatterns() {
    assertThrows(IllegalArgumentException.class, () -> TableFilter.including(" "));
  }
}
