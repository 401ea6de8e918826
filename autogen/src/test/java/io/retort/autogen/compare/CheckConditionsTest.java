package io.retort.autogen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckConditionsTest {

  private static void same(String a, String b) {
    assertEquals(CheckConditions.normalise(a), CheckConditions.normalise(b), a + " vs " + b);
  }

  @Test
  void databaseSpellingsOfOneConditionAreEqual() {
    same("price >= 0", "((price >= (0)::numeric))");
    same("price>=0", "\"PRICE\" >= 0");
    same("price >= 0", "`price` >= 0");
    same("status in ('ACTIVE','SUSPENDED')",
        "((status)::text = ANY ((ARRAY['ACTIVE'::character varying, 'SUSPENDED'::character varying])::text[]))");
    same("status in ('ACTIVE','SUSPENDED')", "\"STATUS\" IN('ACTIVE', 'SUSPENDED')");
    same("price between 0 and 10", "((price >= 0) AND (price <= 10))");
    same("a != b", "(a <> b)");
    same("created < now()", "(created < now())");
    same("x::double precision > 1", "x > 1");
    same("at > '2020-01-01'::timestamp without time zone", "at > '2020-01-01'");
  }

  @Test
  void differentConditionsStayDifferent() {
    assertNotEquals(CheckConditions.normalise("price >= 0"), CheckConditions.normalise("price > 0"));
    assertNotEquals(CheckConditions.normalise("status in ('A','B')"), CheckConditions.normalise("status in ('A','B','C')"));
    assertNotEquals(CheckConditions.normalise("stock >= 0"), CheckConditions.normalise("price >= 0"));
  }

  @Test
  void mariaDbJsonValidChecks() {
    assertTrue(CheckConditions.isJsonValidCheck("json_valid(`doc`)"));
    assertFalse(CheckConditions.isJsonValidCheck("json_valid(`doc`) and length(doc) > 2"));
  }
}
