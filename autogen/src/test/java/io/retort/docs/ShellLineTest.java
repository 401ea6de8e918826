package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellLineTest {

  @Test
  void quotesKeepAMessageInOneWordWhateverItsScript() {
    ShellLine line = ShellLine.parse("autogen \"상품 요약 추가\"   # a comment");
    assertEquals(List.of("autogen", "상품 요약 추가"), line.words());
    assertNull(line.redirect());
  }

  @Test
  void singleQuotesAndEscapesAreTakenLiterally() {
    assertEquals(List.of("retort", "revision", "-m", "Kid's \"shirt\""),
        ShellLine.parse("retort revision -m \"Kid's \\\"shirt\\\"\"").words());
    assertEquals(List.of("echo", "a b", "c"), ShellLine.parse("echo 'a b' c").words());
  }

  @Test
  void aRedirectionAtTheEndSendsStandardOutputToAFile() {
    ShellLine spaced = ShellLine.parse("retort upgrade 84e241fa924c:head --sql > migration.sql");
    assertEquals(List.of("retort", "upgrade", "84e241fa924c:head", "--sql"), spaced.words());
    assertEquals("migration.sql", spaced.redirect());
    assertEquals("backup.sql", ShellLine.parse("pg_dump shop >backup.sql").redirect());
    assertEquals("backup.sql", ShellLine.parse("pg_dump shop>backup.sql").redirect());
  }

  @Test
  void blankAndCommentLinesAreNoCommands() {
    assertNull(ShellLine.parse("   "));
    assertNull(ShellLine.parse("# 1. Back up"));
  }

  @Test
  void whatAShellWouldInterpretDifferentlyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ShellLine.parse("retort history | head"));
    assertThrows(IllegalArgumentException.class, () -> ShellLine.parse("cd sample-app && retort current"));
    assertThrows(IllegalArgumentException.class, () -> ShellLine.parse("export PATH=\"$PWD/bin:$PATH\""));
    assertThrows(IllegalArgumentException.class, () -> ShellLine.parse("rm src/*.java"));
    assertThrows(IllegalArgumentException.class, () -> ShellLine.parse("retort current > a > b"));
    assertThrows(IllegalArgumentException.class, () -> ShellLine.parse("retort current > out extra"));
    assertThrows(IllegalArgumentException.class, () -> ShellLine.parse("autogen \"unclosed"));
  }
}
