package io.retort.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Values as literals and statements with their parameters inlined, for offline scripts. */
class LiteralsTest {
  private final Dialect h2 = new H2Dialect();
  private final Dialect postgres = new PostgresDialect();
  private final Dialect mariadb = new MariaDbDialect();

  @Test
  void scalars() {
    for (Dialect dialect : Dialects.all()) {
      assertEquals("NULL", dialect.literal(null));
      assertEquals("42", dialect.literal(42));
      assertEquals("-7", dialect.literal(-7L));
      assertEquals("TRUE", dialect.literal(true));
      assertEquals("FALSE", dialect.literal(false));
      assertEquals("0.000001", dialect.literal(new BigDecimal("1E-6")));
      assertEquals("12.50", dialect.literal(new BigDecimal("12.50")));
      assertEquals("1.5", dialect.literal(1.5d));
      assertEquals("'c3b2a1e4-0000-4000-8000-000000000000'",
          dialect.literal(UUID.fromString("c3b2a1e4-0000-4000-8000-000000000000")));
      assertEquals("'SHIPPED'", dialect.literal(Status.SHIPPED));
    }
  }

  @Test
  void stringsEscapeQuotesAndOnMariaDbBackslashes() {
    assertEquals("'it''s'", h2.literal("it's"));
    assertEquals("'C:\\temp'", postgres.literal("C:\\temp"));
    assertEquals("'it''s C:\\\\temp'", mariadb.literal("it's C:\\temp"));
  }

  @Test
  void datesAndTimesAreTypedLiterals() {
    for (Dialect dialect : Dialects.all()) {
      assertEquals("DATE '2026-11-26'", dialect.literal(LocalDate.of(2026, 11, 26)));
      assertEquals("TIME '10:00:00'", dialect.literal(LocalTime.of(10, 0)));
      assertEquals("TIMESTAMP '2026-11-26 10:00:00.5'", dialect.literal(LocalDateTime.of(2026, 11, 26, 10, 0, 0, 500_000_000)));
      assertEquals("TIMESTAMP '2026-11-26 10:00:00.000001'", dialect.literal(LocalDateTime.of(2026, 11, 26, 10, 0, 0, 1000)));
    }
  }

  @Test
  void pointsInTimeKeepTheirOffsetOrAreUtcOnMariaDb() {
    OffsetDateTime at = OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.ofHours(2));
    assertEquals("TIMESTAMP WITH TIME ZONE '2026-11-26 10:00:00+02:00'", postgres.literal(at));
    assertEquals("TIMESTAMP WITH TIME ZONE '2026-11-26 10:00:00+02:00'", h2.literal(at));
    assertEquals("TIMESTAMP '2026-11-26 08:00:00'", mariadb.literal(at));
    assertEquals("TIMESTAMP WITH TIME ZONE '2026-11-26 08:00:00+00:00'", postgres.literal(Instant.parse("2026-11-26T08:00:00Z")));
  }

  @Test
  void bytesAreHex() {
    byte[] bytes = {(byte) 0xCA, (byte) 0xFE, 0x01};
    assertEquals("'\\xcafe01'::bytea", postgres.literal(bytes));
    assertEquals("X'cafe01'", h2.literal(bytes));
    assertEquals("X'cafe01'", mariadb.literal(bytes));
  }

  @Test
  void valuesWithoutALiteralAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> h2.literal(new Object()));
    assertThrows(IllegalArgumentException.class, () -> h2.literal(Double.NaN));
  }

  @Test
  void inlineReplacesParametersButNotQuestionMarksInLiteralsIdentifiersOrComments() {
    SqlStatement statement = new SqlStatement(
        "UPDATE \"what?\" SET note = 'why?', name = ? /* who? */ WHERE id = ? -- really?\nAND flag = ?",
        Arrays.asList("it's ? here", 7, null));
    assertEquals("UPDATE \"what?\" SET note = 'why?', name = 'it''s ? here' /* who? */ WHERE id = 7 -- really?\nAND flag = NULL",
        postgres.inline(statement));
  }

  @Test
  void inlineReadsEachDatabasesQuoting() {
    assertEquals("SELECT `a?`, 'it\\'s ?', \"b?\", 1 # c?", mariadb.inline(
        new SqlStatement("SELECT `a?`, 'it\\'s ?', \"b?\", ? # c?", List.of(1))));
    assertEquals("SELECT $$a?$$, $tag$b?$tag$, E'c\\'?', 2", postgres.inline(
        new SqlStatement("SELECT $$a?$$, $tag$b?$tag$, E'c\\'?', ?", List.of(2))));
    assertEquals("SELECT '{\"a\":1}'::jsonb ?? 'a', 3", postgres.inline(
        new SqlStatement("SELECT '{\"a\":1}'::jsonb ?? 'a', ?", List.of(3))));
    assertEquals("SELECT /* a /* nested ? */ still ? */ 4", postgres.inline(
        new SqlStatement("SELECT /* a /* nested ? */ still ? */ ?", List.of(4))));
  }

  @Test
  void inlineRejectsAParameterCountThatDoesNotMatch() {
    assertThrows(IllegalArgumentException.class, () -> h2.inline(new SqlStatement("SELECT ?, ?", List.of(1))));
    assertThrows(IllegalArgumentException.class, () -> h2.inline(new SqlStatement("SELECT '?'", List.of(1))));
  }

  @Test
  void inlineLeavesAStatementWithoutParametersAlone() {
    assertEquals("SELECT 'a?'", h2.inline(SqlStatement.of("SELECT 'a?'")));
  }

  private enum Status { NEW, SHIPPED }
}
