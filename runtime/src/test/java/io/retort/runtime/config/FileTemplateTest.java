package io.retort.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code file_template}: the names it gives, with and without a slug, and the patterns it refuses. */
class FileTemplateTest {
  private static final String ID = "3f2a9c1b7d4e";
  private static final LocalDateTime DATE = LocalDateTime.of(2026, 3, 7, 9, 5, 2);

  @ParameterizedTest(name = "{0} with slug ''{1}'' -> {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "R{id}_{slug}|add_stock|R3f2a9c1b7d4e_add_stock",
      "R{id}_{slug}||R3f2a9c1b7d4e",
      "V{year}{month}{day}_{id}_{slug}|add_stock|V20260307_3f2a9c1b7d4e_add_stock",
      "V{year}{month}{day}_{id}_{slug}||V20260307_3f2a9c1b7d4e",
      "M{year}_{month}_{day}_{hour}{minute}{second}__{id}|x|M2026_03_07_090502__3f2a9c1b7d4e",
      "R_{slug}_{id}|add_stock|R_add_stock_3f2a9c1b7d4e",
      "R_{slug}_{id}||R_3f2a9c1b7d4e",
      "_{slug}_{id}||_3f2a9c1b7d4e",
      "Rev{slug}{id}||Rev3f2a9c1b7d4e",
      "R{id}_{slug}_{year}||R3f2a9c1b7d4e_2026",
      "R{id}|add_stock|R3f2a9c1b7d4e",
  })
  void rendersAValidClassNameWithTheId(String pattern, String slug, String expected) {
    String name = FileTemplate.parse(pattern).render(ID, slug == null ? "" : slug, DATE);
    assertEquals(expected, name);
    assertTrue(SourceVersion.isName(name), name);
    assertTrue(name.contains(ID), name);
  }

  @Test
  void theDefaultIsWhatRevisionsWereAlwaysCalled() {
    assertEquals("R{id}_{slug}", FileTemplate.DEFAULT.pattern());
    assertEquals("R3f2a9c1b7d4e_add_stock", FileTemplate.DEFAULT.render(ID, "add_stock", null));
    assertFalse(FileTemplate.DEFAULT.usesDate());
  }

  @Test
  void aPatternWithADateTokenNeedsTheDate() {
    FileTemplate template = FileTemplate.parse("V{year}_{id}");
    assertTrue(template.usesDate());
    assertEquals("file_template 'V{year}_{id}' uses the create date, and none was given",
        assertThrows(IllegalArgumentException.class, () -> template.render(ID, "", null)).getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "R_{slug}|it must contain {id}, so every revision gets its own file",
      "{id}_{slug}|it must start with a letter or '_' (the id, slug and date may start with a digit), e.g. R{id}_{slug}",
      "{slug}_R{id}|it must start with a letter or '_' (the id, slug and date may start with a digit), e.g. R{id}_{slug}",
      "1R{id}|it must start with a letter or '_' (the id, slug and date may start with a digit), e.g. R{id}_{slug}",
      "R{id}-{slug}|'-' cannot be part of a Java class name; use ASCII letters, digits, '_' and tokens",
      "R{id}.{slug}|'.' cannot be part of a Java class name; use ASCII letters, digits, '_' and tokens",
      "R{id}_{message}|unknown token {message}; the tokens are {id}, {slug}, {year}, {month}, {day}, {hour}, {minute}, {second}",
      "R{id}_{slug|'{' at position 7 is not closed",
      "R{id}}|'}' cannot be part of a Java class name; use ASCII letters, digits, '_' and tokens",
      "Ré{id}|'é' cannot be part of a Java class name; use ASCII letters, digits, '_' and tokens",
  })
  void refusesPatternsThatCannotGiveAValidName(String pattern, String reason) {
    assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> FileTemplate.parse(pattern)).getMessage());
  }

  @Test
  void refusesAnEmptyPattern() {
    assertThrows(IllegalArgumentException.class, () -> FileTemplate.parse(""));
  }
}
