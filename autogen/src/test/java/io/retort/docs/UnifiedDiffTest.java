package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  private static final List<String> FILE = List.of("class A {", "  int a;", "", "  int c;", "}");

  @Test
  void appliesHunksAtTheLinesTheirHeadersName() {
    UnifiedDiff diff = UnifiedDiff.parse(List.of(
        "--- a/src/A.java",
        "+++ b/src/A.java",
        "@@ -2,3 +2,4 @@ class A {",
        "   int a;",
        " ",
        "+  int b;",
        "   int c;"));
    assertEquals("src/A.java", diff.path());
    assertEquals(List.of("class A {", "  int a;", "", "  int b;", "  int c;", "}"), diff.apply(FILE));
  }

  @Test
  void anEmptyLineInAHunkIsAnEmptyContextLine() {
    UnifiedDiff diff = UnifiedDiff.parse(List.of("--- a/A.java", "+++ b/A.java", "@@ -2,2 +2,1 @@", "-  int a;", ""));
    assertEquals(List.of("class A {", "", "  int c;", "}"), diff.apply(FILE));
  }

  @Test
  void aHunkThatDoesNotMatchItsLineFailsAndSaysWhereTheLinesAre() {
    UnifiedDiff moved = UnifiedDiff.parse(List.of("--- a/A.java", "+++ b/A.java", "@@ -3,1 +3,1 @@", "-  int c;", "+  long c;"));
    AssertionError error = assertThrows(AssertionError.class, () -> moved.apply(FILE));
    assertTrue(error.getMessage().contains("at line 4 instead"), error.getMessage());
  }

  @Test
  void headerCountsAndNewStartsMustBeRight() {
    assertThrows(IllegalArgumentException.class,
        () -> UnifiedDiff.parse(List.of("--- a/A.java", "+++ b/A.java", "@@ -2,2 +2,2 @@", "   int a;")));
    UnifiedDiff wrongNewStart = UnifiedDiff.parse(List.of("--- a/A.java", "+++ b/A.java", "@@ -2,1 +5,1 @@", "-  int a;", "+  int z;"));
    assertThrows(AssertionError.class, () -> wrongNewStart.apply(FILE));
    assertThrows(IllegalArgumentException.class, () -> UnifiedDiff.parse(List.of("--- a/A.java", "+++ b/B.java", "@@ -1 +1 @@", " x")));
  }
}
