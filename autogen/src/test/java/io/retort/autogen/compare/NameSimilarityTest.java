package io.retort.autogen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameSimilarityTest {

  @Test
  void similarNames() {
    assertTrue(NameSimilarity.similar("title", "product_title"));
    assertTrue(NameSimilarity.similar("desc", "description"));
    assertTrue(NameSimilarity.similar("colour", "color"));
    assertTrue(NameSimilarity.similar("firstName", "first_name"));
    assertTrue(NameSimilarity.similar("PRODUCTS", "product"));
  }

  @Test
  void unrelatedNames() {
    assertFalse(NameSimilarity.similar("title", "name"));
    assertFalse(NameSimilarity.similar("qty", "quantity"));
    assertFalse(NameSimilarity.similar("id", "identifier_code"));
  }

  @Test
  void words() {
    assertEquals(Set.of("order", "line", "id"), NameSimilarity.words("orderLine_id"));
    assertEquals(Set.of("mixed", "case"), NameSimilarity.words("\"MixedCase\""));
  }

  @Test
  void scoreRanksCloserNamesHigher() {
    assertTrue(NameSimilarity.score("first_name", "given_name") > NameSimilarity.score("first_name", "surname"));
    assertEquals(1.0, NameSimilarity.score("Name", "name"));
  }
}
