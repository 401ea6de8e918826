package io.retort.autogen.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flyway's version order: numeric parts from the left, {@code _} the same as {@code .}, trailing zeros ignored. */
class FlywayVersionTest {
  private static FlywayVersion v(String text) {
    return FlywayVersion.parse(text);
  }

  @Test
  void ordersAsFlywayDoes() {
    List<FlywayVersion> versions = new ArrayList<>(List.of(v("10"), v("1_10"), v("2"), v("1.2"), v("1_1"), v("1"), v("1.1.5"),
        v("009")));
    Collections.sort(versions);
    assertEquals("[1, 1.1, 1.1.5, 1.2, 1.10, 2, 9, 10]", versions.toString());
  }

  @Test
  void underscoresDotsAndTrailingZerosNameTheSameVersion() {
    assertEquals(v("1.1"), v("1_1"));
    assertEquals(0, v("1").compareTo(v("1.0.0")));
    assertEquals(v("1"), v("1_0"));
    assertEquals("1_1", v("1.1").fileText());
    assertEquals("2", v("2.0").toString());
  }

  @Test
  void nextMajorIsOneWholeVersionUp() {
    assertEquals(v("2"), v("1").nextMajor());
    assertEquals(v("2"), v("1_1").nextMajor());
    assertEquals(v("2"), v("1.9.3").nextMajor());
    assertEquals(v("20260101120001"), v("20260101120000").nextMajor());
  }

  @Test
  void onlyDigitsSeparatedByDotsOrUnderscoresAreVersions() {
    assertTrue(FlywayVersion.isVersion("1_1"));
    assertTrue(FlywayVersion.isVersion("2.0.1"));
    assertFalse(FlywayVersion.isVersion(""));
    assertFalse(FlywayVersion.isVersion("1__1"));
    assertFalse(FlywayVersion.isVersion("1."));
    assertFalse(FlywayVersion.isVersion("v1"));
    assertThrows(IllegalArgumentException.class, () -> FlywayVersion.parse("1a"));
  }
}
