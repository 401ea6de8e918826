package io.retort.autogen.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.schema.ReferentialAction;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import schemacrawler.schema.ForeignKeyUpdateRule;

/** The small rules the introspector applies to what databases report. */
class MappingRulesTest {

  @Test
  void quotesStoredNamesThatAnUnquotedIdentifierCannotProduce() {
    assertEquals("products", IdentifierStyle.LOWER.modelName("products"));
    assertEquals("\"Products\"", IdentifierStyle.LOWER.modelName("Products"));
    assertEquals("products", IdentifierStyle.UPPER.modelName("PRODUCTS"));
    assertEquals("\"order\"", IdentifierStyle.UPPER.modelName("order"));
    assertEquals("\"say \"\"hi\"\"\"", IdentifierStyle.UPPER.modelName("say \"hi\""));
    assertEquals("MixedCase", IdentifierStyle.AS_WRITTEN.modelName("MixedCase"));
    assertNull(IdentifierStyle.LOWER.modelName(null));
  }

  @Test
  void keepsDefaultsAsReportedExceptThoseThatMeanNone() {
    assertEquals("'anon'::character varying", ColumnMapper.serverDefault("'anon'::character varying", false));
    assertEquals("'NULL'", ColumnMapper.serverDefault("'NULL'", false));
    assertNull(ColumnMapper.serverDefault("NULL", false));
    assertNull(ColumnMapper.serverDefault(null, false));
    assertNull(ColumnMapper.serverDefault("nextval('order_id_seq'::regclass)", true));
    assertEquals("nextval('invoice_seq'::regclass)", ColumnMapper.serverDefault("nextval('invoice_seq'::regclass)", false));
  }

  @Test
  void readsEnumerationValues() {
    assertEquals(List.of("NEW", "DONE"), EnumLiterals.values("enum('NEW','DONE')"));
    assertEquals(List.of("A", "B c"), EnumLiterals.values("ENUM('A', 'B c')"));
    assertEquals(List.of("it's", "a,b", ""), EnumLiterals.values("enum('it''s','a,b','')"));
    assertEquals(List.of(), EnumLiterals.values("varchar(20)"));
  }

  @Test
  void takesTheConditionOutOfPostgresCheckDefinitions() {
    assertEquals("((price >= 0))", PostgresExtras.condition("CHECK ((price >= 0))"));
    assertEquals("((a > b))", PostgresExtras.condition("CHECK ((a > b)) NO INHERIT NOT VALID"));
  }

  @Test
  void mapsForeignKeyRules() {
    assertEquals(ReferentialAction.CASCADE, KeyMapper.action(ForeignKeyUpdateRule.cascade));
    assertEquals(ReferentialAction.SET_NULL, KeyMapper.action(ForeignKeyUpdateRule.setNull));
    assertEquals(ReferentialAction.SET_DEFAULT, KeyMapper.action(ForeignKeyUpdateRule.setDefault));
    assertEquals(ReferentialAction.RESTRICT, KeyMapper.action(ForeignKeyUpdateRule.restrict));
    assertEquals(ReferentialAction.NO_ACTION, KeyMapper.action(ForeignKeyUpdateRule.noAction));
    assertEquals(ReferentialAction.NO_ACTION, KeyMapper.action(ForeignKeyUpdateRule.unknown));
  }

  @Test
  void matchesOnlyTheConnectionsSchemaTakenLiterally() {
    ConnectionScope h2 = new ConnectionScope(ConnectionScope.Database.H2, "RT_1", "PUBLIC", IdentifierStyle.UPPER, "jdbc:h2:mem:rt_1");
    ConnectionScope postgres = new ConnectionScope(ConnectionScope.Database.POSTGRESQL, "test", "shop.v1",
        IdentifierStyle.LOWER, "jdbc:postgresql://h/test");

    assertTrue(CrawlOptions.schemaPattern(h2).matcher("RT_1.PUBLIC").matches());
    assertTrue(CrawlOptions.schemaPattern(h2).matcher("\"RT_1\".\"PUBLIC\"").matches());
    assertFalse(CrawlOptions.schemaPattern(h2).matcher("RT_1.INFORMATION_SCHEMA").matches());
    assertTrue(CrawlOptions.schemaPattern(postgres).matcher("\"shop.v1\"").matches());
    assertFalse(CrawlOptions.schemaPattern(postgres).matcher("shopXv1").matches());
  }

  @Test
  void removesParametersFromUrlsInMessages() {
    assertEquals("jdbc:postgresql://h:5432/db", ConnectionScope.withoutParameters("jdbc:postgresql://h:5432/db?password=x"));
    assertEquals("jdbc:h2:mem:a", ConnectionScope.withoutParameters("jdbc:h2:mem:a;PASSWORD=x"));
  }

  @Test
  void givesTheDriversReasonOnOneLine() {
    RuntimeException wrapped = new RuntimeException("Could not retrieve tables",
        new SQLException("Connection refused.\nCheck the port", new java.net.ConnectException("refused")));

    assertEquals("Connection refused", DatabaseIntrospector.reason(wrapped));
    assertEquals("NullPointerException", DatabaseIntrospector.reason(new NullPointerException()));
  }
}
