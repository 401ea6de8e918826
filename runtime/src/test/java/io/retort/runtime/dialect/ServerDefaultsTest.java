package io.retort.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import org.junit.jupiter.api.Test;

/** Server defaults as written in revisions and as each database reports them compare equal after {@code canonicalDefault}. */
class ServerDefaultsTest {
  private static final ColumnType INTEGER = ColumnType.of(Kind.INTEGER);
  private static final ColumnType VARCHAR = ColumnType.sized(Kind.STRING, 20);
  private static final ColumnType BOOLEAN = ColumnType.of(Kind.BOOLEAN);
  private static final ColumnType TIMESTAMP = ColumnType.of(Kind.TIMESTAMP);

  private final Dialect h2 = new H2Dialect();
  private final Dialect postgres = new PostgresDialect();
  private final Dialect mariadb = new MariaDbDialect();

  @Test
  void nullAndNoDefaultAreTheSame() {
    for (Dialect dialect : Dialects.all()) {
      assertNull(dialect.canonicalDefault(null, INTEGER));
      assertNull(dialect.canonicalDefault("NULL", VARCHAR));
      assertNull(dialect.canonicalDefault("null", INTEGER));
    }
    assertNull(postgres.canonicalDefault("NULL::character varying", VARCHAR));
  }

  @Test
  void postgresSerialDefaultIsTheIdentityNotADefault() {
    assertNull(postgres.canonicalDefault("nextval('ty_ae_seq'::regclass)", INTEGER));
  }

  @Test
  void numbers() {
    for (Dialect dialect : Dialects.all()) {
      assertEquals("0", dialect.canonicalDefault("0", INTEGER));
      assertEquals("0", dialect.canonicalDefault("(0)", INTEGER));
      assertEquals("0", dialect.canonicalDefault("((0))", INTEGER));
      assertEquals("-1", dialect.canonicalDefault("-1", INTEGER));
    }
    assertEquals("-1", postgres.canonicalDefault("'-1'::integer", INTEGER));
    assertEquals("1.5", postgres.canonicalDefault("1.50", ColumnType.numeric(6, 2)));
    assertEquals("1500", postgres.canonicalDefault("'1500'::numeric", ColumnType.of(Kind.DOUBLE)));
    assertEquals("1500", h2.canonicalDefault("CAST(1.5E+3 AS DECFLOAT)", ColumnType.of(Kind.DOUBLE)));
    assertEquals("1500", mariadb.canonicalDefault("1.5e3", ColumnType.of(Kind.DOUBLE)));
  }

  @Test
  void strings() {
    assertEquals("'abc'", postgres.canonicalDefault("'abc'::character varying", VARCHAR));
    assertEquals("'abc'", postgres.canonicalDefault("'abc'", VARCHAR));
    assertEquals("'abc'", mariadb.canonicalDefault("abc", VARCHAR));
    assertEquals("'abc'", mariadb.canonicalDefault("'abc'", VARCHAR));
    assertEquals("'abc'", h2.canonicalDefault("'abc'", VARCHAR));
    assertEquals("'x''y'", postgres.canonicalDefault("'x''y'::character varying", VARCHAR));
    assertEquals("'0'", postgres.canonicalDefault("0", VARCHAR));
    assertEquals("'0'", mariadb.canonicalDefault("'0'", VARCHAR));
    assertEquals("'A'", mariadb.canonicalDefault("'A'", ColumnType.enumeration(java.util.List.of("A", "B"))));
  }

  @Test
  void mariaDbBackslashEscapesAreRead() {
    assertEquals("'it''s \\ x'", mariadb.canonicalDefault("'it''s \\\\ x'", VARCHAR));
    assertEquals("'it''s'", mariadb.canonicalDefault("'it\\'s'", VARCHAR));
    assertEquals("'a\\\\b'", postgres.canonicalDefault("'a\\\\b'::character varying", VARCHAR));
  }

  @Test
  void booleans() {
    for (Dialect dialect : Dialects.all()) {
      assertEquals("true", dialect.canonicalDefault("TRUE", BOOLEAN));
      assertEquals("false", dialect.canonicalDefault("false", BOOLEAN));
    }
    assertEquals("true", mariadb.canonicalDefault("1", BOOLEAN));
    assertEquals("true", mariadb.canonicalDefault("b'1'", ColumnType.raw("bit(1)")));
    assertEquals("false", mariadb.canonicalDefault("0", ColumnType.raw("tinyint(1)")));
    assertEquals("true", postgres.canonicalDefault("'t'::boolean", BOOLEAN));
  }

  @Test
  void currentTimeSynonyms() {
    assertEquals("current_timestamp", postgres.canonicalDefault("CURRENT_TIMESTAMP", TIMESTAMP));
    assertEquals("current_timestamp", postgres.canonicalDefault("now()", TIMESTAMP));
    assertEquals("current_timestamp", mariadb.canonicalDefault("current_timestamp()", TIMESTAMP));
    assertEquals("current_timestamp(6)", mariadb.canonicalDefault("CURRENT_TIMESTAMP(6)", ColumnType.withPrecision(Kind.TIMESTAMP, 6)));
    assertEquals("current_timestamp", h2.canonicalDefault("CURRENT_TIMESTAMP", TIMESTAMP));
    assertEquals("current_date", mariadb.canonicalDefault("curdate()", ColumnType.of(Kind.DATE)));
  }

  @Test
  void typedLiteralsAndCastsAreUnwrapped() {
    ColumnType date = ColumnType.of(Kind.DATE);
    assertEquals("'2020-01-01'", h2.canonicalDefault("DATE '2020-01-01'", date));
    assertEquals("'2020-01-01'", postgres.canonicalDefault("'2020-01-01'::date", date));
    assertEquals("'2020-01-01'", mariadb.canonicalDefault("'2020-01-01'", date));
    assertEquals("'2020-01-01 10:00:00'", postgres.canonicalDefault(
        "'2020-01-01 10:00:00'::timestamp without time zone", TIMESTAMP));
  }

  @Test
  void otherExpressionsAreLowerCasedOutsideLiterals() {
    assertEquals("gen_random_uuid()", postgres.canonicalDefault("GEN_RANDOM_UUID()", ColumnType.of(Kind.UUID)));
    assertEquals("random_uuid()", h2.canonicalDefault("RANDOM_UUID()", ColumnType.of(Kind.UUID)));
    assertEquals("concat('A', 'b')", mariadb.canonicalDefault("CONCAT( 'A',  'b' )", VARCHAR));
    assertEquals("a::int + 1", postgres.canonicalDefault("(A::int  + 1)", INTEGER));
  }
}
