package io.retort.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Names are always quoted, after folding them as the database folds unquoted names. */
class QuotingTest {
  private final Dialect h2 = new H2Dialect();
  private final Dialect postgres = new PostgresDialect();
  private final Dialect mariadb = new MariaDbDialect();

  @Test
  void unquotedNamesAreFoldedAsTheDatabaseFoldsThem() {
    assertEquals("\"PRODUCTS\"", h2.quote("products"));
    assertEquals("\"PRODUCTS\"", h2.quote("Products"));
    assertEquals("\"products\"", postgres.quote("Products"));
    assertEquals("`Products`", mariadb.quote("Products"));
  }

  @Test
  void qualifiedNamesAreQuotedPartByPart() {
    assertEquals("\"INVENTORY\".\"STOCK_ITEMS\"", h2.quote("inventory.stock_items"));
    assertEquals("\"inventory\".\"stock_items\"", postgres.quote("Inventory.stock_items"));
    assertEquals("\"Inv.entory\".\"stock\"", postgres.quote("\"Inv.entory\".stock"));
  }

  @Test
  void reservedWordsAreQuoted() {
    assertEquals("\"ORDER\"", h2.quote("order"));
    assertEquals("\"user\"", postgres.quote("user"));
    assertEquals("`order`", mariadb.quote("order"));
  }

  @Test
  void aDoubleQuotedNameKeepsItsCase() {
    assertEquals("\"MixedCase\"", h2.quote("\"MixedCase\""));
    assertEquals("\"MixedCase\"", postgres.quote("\"MixedCase\""));
    assertEquals("`MixedCase`", mariadb.quote("\"MixedCase\""));
  }

  @Test
  void quotesInsideANameAreDoubled() {
    assertEquals("\"SAY\"\"HI\"", h2.quote("say\"hi"));
    assertEquals("\"a\"\"b\"", postgres.quote("\"a\"\"b\""));
    assertEquals("`a``b`", mariadb.quote("a`b"));
  }

  @Test
  void storedNameIsTheCatalogSpelling() {
    assertEquals("PRODUCTS", h2.storedName("products"));
    assertEquals("products", postgres.storedName("PRODUCTS"));
    assertEquals("Products", mariadb.storedName("Products"));
    assertEquals("Products", postgres.storedName("\"Products\""));
  }
}
