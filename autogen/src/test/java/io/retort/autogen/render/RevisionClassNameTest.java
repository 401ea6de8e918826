package io.retort.autogen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionClassNameTest {
  private static final String ID = "3f2a9c1b7d4e";

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Add product description|add_product_description",
      "Add 'price' (NUMERIC 12,2)!|add_price_numeric_12_2",
      "  Widen   products.price  |widen_products_price",
      "Ajouter la catégorie|ajouter_la_categorie",
      "상품 description 추가|description",
      "V2: split user_name into first/last|v2_split_user_name_into_first_last",
      "Add a column whose name is much too long to fit|add_a_column_whose_name_is_much_too_long",
      "Supercalifragilisticexpialidocious_and_even_longer_words|supercalifragilisticexpialidocious_and",
      "Averyveryveryveryveryveryveryveryveryverylongword|averyveryveryveryveryveryveryveryveryver",
  })
  void slugKeepsAsciiWordsUpToFortyCharacters(String message, String slug) {
    assertEquals(slug, RevisionClassName.slug(message));
    assertTrue(slug.length() <= RevisionClassName.MAX_SLUG_LENGTH);
  }

  @Test
  void slugComesFromTheFirstLine() {
    assertEquals("fix_prices", RevisionClassName.slug("Fix prices\n\nThe old ones were wrong"));
  }

  @Test
  void classNameIsIdAndSlug() {
    assertEquals("R3f2a9c1b7d4e_add_product_description", RevisionClassName.of(ID, "Add product description"));
  }

  @Test
  void messageWithoutAsciiLettersGivesTheIdAlone() {
    assertEquals("R3f2a9c1b7d4e", RevisionClassName.of(ID, "상품 설명 추가"));
    assertEquals("R3f2a9c1b7d4e", RevisionClassName.of(ID, ""));
    assertEquals("R3f2a9c1b7d4e", RevisionClassName.of(ID, "!!! ---"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"class", "상품 설명 추가", "123 go", "if / else", "_", "naïve ☃ émoji 🎉"})
  void classNameIsAlwaysAJavaName(String message) {
    String className = RevisionClassName.of(ID, message);
    assertTrue(SourceVersion.isName(className), className);
  }

  @Test
  void rejectsIdsThatAreNotTwelveLowercaseHexCharacters() {
    assertThrows(IllegalArgumentException.class, () -> RevisionClassName.of("abc123", "x"));
    assertThrows(IllegalArgumentException.class, () -> RevisionClassName.of("3F2A9C1B7D4E", "x"));
    assertThrows(IllegalArgumentException.class, () -> RevisionClassName.of("3f2a9c1b7d4g", "x"));
  }
}
