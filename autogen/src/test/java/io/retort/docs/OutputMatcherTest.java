package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputMatcherTest {

  @Test
  void anyTimestampStandsForAnyOtherAndNothingElseIsLoosened() {
    assertTrue(OutputMatcher.matches("Create Date: 2026-11-27 10:00:00", "Create Date: 2027-01-02 03:04:05"));
    assertFalse(OutputMatcher.matches("Revision ID: 3f2a9c1b7d4e", "Revision ID: 3f2a9c1b7d4f"));
    assertFalse(OutputMatcher.matches("Running upgrade  -> a17a", "Running upgrade -> a17a"));
  }

  @Test
  void trailingSpacesLineEndsAndOuterBlankLinesDoNotCount() {
    assertTrue(OutputMatcher.matches("a\n\nb", "\na  \r\n\r\nb\n\n"));
    assertFalse(OutputMatcher.matches("a\nb", "a\n\nb"));
  }

  @Test
  void anExcerptMatchesOneRunOfLinesWhateverItsIndentation() {
    String file = "class A {\n  void m() {\n    one();\n\n      two();\n  }\n}\n";
    assertTrue(OutputMatcher.containsExcerpt(file, "one();\n\n  two();"));
    assertFalse(OutputMatcher.containsExcerpt(file, "one();\ntwo();"));
  }

  @Test
  void aDifferenceIsReportedWithWhatTheRunGave() {
    AssertionError error = assertThrows(AssertionError.class, () -> OutputMatcher.assertMatches("The output", "x", "y"));
    assertTrue(error.getMessage().contains("--- the run gave:\ny"), error.getMessage());
  }
}
