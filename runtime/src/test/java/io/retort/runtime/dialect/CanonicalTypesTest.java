package io.retort.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Type equivalence per database: {@code canonical()} and {@code fromNative()}. */
class CanonicalTypesTest {

  private static ColumnType of(Kind kind) {
    return ColumnType.of(kind);
  }

  private static ColumnType sized(Kind kind, int length) {
    return ColumnType.sized(kind, length);
  }

  private static ColumnType precise(Kind kind, Integer precision) {
    return ColumnType.withPrecision(kind, precision);
  }

  private static ColumnType raw(String sql) {
    return ColumnType.raw(sql);
  }

  private static void assertSame(Dialect dialect, ColumnType a, ColumnType b) {
    assertEquals(dialect.canonical(a), dialect.canonical(b), dialect.name() + ": " + a.describe() + " vs " + b.describe());
  }

  private static void assertDifferent(Dialect dialect, ColumnType a, ColumnType b) {
    assertNotEquals(dialect.canonical(a), dialect.canonical(b), dialect.name() + ": " + a.describe() + " vs " + b.describe());
  }

  @Test
  void canonicalIsIdempotentAndKeepsEveryRenderableKind() {
    for (Dialect dialect : Dialects.all()) {
      for (ColumnType type : SampleOperations.everyType().columns().stream().map(c -> c.type()).toList()) {
        ColumnType canonical = dialect.canonical(type);
        assertEquals(canonical, dialect.canonical(canonical), dialect.name() + " " + type.describe());
        assertEquals(canonical, dialect.canonical(dialect.fromNative(dialect.renderType(type), null, null)),
            dialect.name() + ": the rendered spelling of " + type.describe() + " reads back as the same type");
      }
    }
  }

  @Nested
  class Postgres {
    private final Dialect pg = new PostgresDialect();

    @Test
    void aliasesAreTheSameType() {
      assertSame(pg, of(Kind.INTEGER), raw("int4"));
      assertSame(pg, of(Kind.INTEGER), raw("serial"));
      assertSame(pg, of(Kind.BIGINT), raw("int8"));
      assertSame(pg, of(Kind.SMALLINT), raw("int2"));
      assertSame(pg, of(Kind.BOOLEAN), raw("bool"));
      assertSame(pg, of(Kind.DOUBLE), raw("float8"));
      assertSame(pg, of(Kind.DOUBLE), raw("float"));
      assertSame(pg, of(Kind.REAL), raw("float(10)"));
      assertSame(pg, sized(Kind.STRING, 255), raw("character varying(255)"));
      assertSame(pg, sized(Kind.CHAR, 1), raw("bpchar"));
      assertSame(pg, of(Kind.TEXT), of(Kind.CLOB));
      assertSame(pg, sized(Kind.BINARY, 16), of(Kind.BLOB));
      assertSame(pg, of(Kind.JSON), raw("jsonb"));
      assertSame(pg, ColumnType.enumeration(List.of("NEW", "SHIPPED")), sized(Kind.STRING, 7));
      assertSame(pg, ColumnType.numeric(10, 0), raw("numeric(10)"));
    }

    @Test
    void timesDefaultToSixFractionalDigits() {
      assertSame(pg, of(Kind.TIMESTAMP), precise(Kind.TIMESTAMP, 6));
      assertSame(pg, of(Kind.TIMESTAMP), raw("timestamp without time zone"));
      assertSame(pg, of(Kind.TIMESTAMP_TZ), raw("timestamptz"));
      assertSame(pg, precise(Kind.TIMESTAMP_TZ, 3), raw("timestamp(3) with time zone"));
      assertSame(pg, of(Kind.TIME), precise(Kind.TIME, 6));
      assertDifferent(pg, of(Kind.TIMESTAMP), precise(Kind.TIMESTAMP, 0));
      assertDifferent(pg, of(Kind.TIMESTAMP), of(Kind.TIMESTAMP_TZ));
    }

    @Test
    void realDifferencesStay() {
      assertDifferent(pg, sized(Kind.STRING, 20), sized(Kind.STRING, 40));
      assertDifferent(pg, of(Kind.INTEGER), of(Kind.BIGINT));
      assertDifferent(pg, of(Kind.JSON), raw("json"));
      assertDifferent(pg, ColumnType.numeric(10, 2), ColumnType.numeric(12, 2));
    }

    @Test
    void fromNativeReadsJdbcMetadata() {
      assertEquals(of(Kind.BIGINT), pg.fromNative("int8", 19, 0));
      assertEquals(sized(Kind.STRING, 200), pg.fromNative("varchar", 200, 0));
      assertEquals(new ColumnType(Kind.STRING, null, null, null, null, null), pg.canonical(pg.fromNative("varchar", Integer.MAX_VALUE, 0)));
      assertEquals(precise(Kind.TIMESTAMP_TZ, 6), pg.fromNative("timestamptz", 35, 6));
      assertEquals(precise(Kind.TIMESTAMP, 0), pg.fromNative("timestamp", 22, 0));
      assertEquals(of(Kind.DOUBLE), pg.fromNative("float8", 17, 17));
      assertEquals(of(Kind.UUID), pg.fromNative("uuid", Integer.MAX_VALUE, 0));
      assertEquals(ColumnType.numeric(10, 2), pg.fromNative("numeric", 10, 2));
      assertEquals(new ColumnType(Kind.NUMERIC, null, null, null, null, null), pg.fromNative("numeric", 0, null));
      assertEquals(of(Kind.BLOB), pg.fromNative("bytea", Integer.MAX_VALUE, 0));
      assertEquals(raw("timetz"), pg.fromNative("timetz", 21, 6));
      assertEquals(raw("_int4"), pg.fromNative("_int4", 10, 0));
    }
  }

  @Nested
  class MariaDb {
    private final Dialect maria = new MariaDbDialect();

    @Test
    void booleanIsTinyintOneOrBitOne() {
      assertSame(maria, of(Kind.BOOLEAN), raw("tinyint(1)"));
      assertSame(maria, of(Kind.BOOLEAN), raw("bit(1)"));
      assertSame(maria, of(Kind.BOOLEAN), raw("bit"));
      assertEquals(of(Kind.BOOLEAN), maria.fromNative("BIT", 1, null));
      assertEquals(of(Kind.BOOLEAN), maria.fromNative("BOOLEAN", 3, 0));
      assertEquals(raw("tinyint"), maria.fromNative("TINYINT", 3, 0));
      assertDifferent(maria, of(Kind.BOOLEAN), raw("tinyint(4)"));
      assertDifferent(maria, of(Kind.BOOLEAN), raw("bit(8)"));
    }

    @Test
    void datetimeDefaultsToNoFractionAndTimestampTzIsADatetime() {
      assertSame(maria, of(Kind.TIMESTAMP), raw("datetime(0)"));
      assertSame(maria, of(Kind.TIMESTAMP), raw("datetime"));
      assertSame(maria, precise(Kind.TIMESTAMP_TZ, 6), raw("datetime(6)"));
      assertSame(maria, of(Kind.TIME), raw("time(0)"));
      assertDifferent(maria, of(Kind.TIMESTAMP), precise(Kind.TIMESTAMP, 6));
      assertDifferent(maria, precise(Kind.TIMESTAMP, 6), raw("timestamp(6)"));
    }

    @Test
    void fractionalDigitsComeFromTheReportedSize() {
      assertEquals(precise(Kind.TIMESTAMP, 6), maria.fromNative("DATETIME", 26, 0));
      assertEquals(precise(Kind.TIMESTAMP, 3), maria.fromNative("DATETIME", 23, null));
      assertEquals(precise(Kind.TIMESTAMP, 0), maria.fromNative("DATETIME", 19, 0));
      assertEquals(precise(Kind.TIME, 3), maria.fromNative("TIME", 14, null));
      assertEquals(precise(Kind.TIME, 0), maria.fromNative("TIME", 10, null));
    }

    @Test
    void aliasesAreTheSameType() {
      assertSame(maria, of(Kind.INTEGER), raw("int(11)"));
      assertSame(maria, of(Kind.BIGINT), raw("bigint(20)"));
      assertSame(maria, of(Kind.DOUBLE), raw("double precision"));
      assertSame(maria, of(Kind.DOUBLE), raw("real"));
      assertSame(maria, of(Kind.REAL), raw("float"));
      assertSame(maria, ColumnType.numeric(10, 0), raw("decimal"));
      assertSame(maria, ColumnType.numeric(10, 0), new ColumnType(Kind.NUMERIC, null, null, null, null, null));
      assertSame(maria, of(Kind.CLOB), raw("longtext"));
      assertSame(maria, of(Kind.JSON), of(Kind.CLOB));
      assertSame(maria, of(Kind.JSON), maria.fromNative("LONGTEXT", Integer.MAX_VALUE, null));
      assertSame(maria, of(Kind.BLOB), raw("longblob"));
      assertSame(maria, sized(Kind.BINARY, 16), raw("varbinary(16)"));
      assertSame(maria, ColumnType.enumeration(List.of("A", "it's")), raw("enum('A','it''s')"));
      assertSame(maria, raw("int unsigned"), raw("int(10) unsigned"));
      assertEquals(sized(Kind.STRING, 20), maria.fromNative("VARCHAR", 20, null));
      assertEquals(ColumnType.numeric(6, 2), maria.fromNative("DECIMAL", 6, 2));
      assertEquals(of(Kind.UUID), maria.fromNative("UUID", null, null));
    }

    @Test
    void realDifferencesStay() {
      assertDifferent(maria, of(Kind.TEXT), of(Kind.CLOB));
      assertDifferent(maria, of(Kind.BLOB), raw("blob"));
      assertDifferent(maria, ColumnType.enumeration(List.of("A", "B")), ColumnType.enumeration(List.of("A", "C")));
    }
  }

  @Nested
  class H2 {
    private final Dialect h2 = new H2Dialect();

    @Test
    void aliasesAreTheSameType() {
      assertSame(h2, of(Kind.TEXT), raw("CHARACTER VARYING"));
      assertSame(h2, of(Kind.TEXT), raw("text"));
      assertSame(h2, of(Kind.TEXT), new ColumnType(Kind.STRING, null, null, null, null, null));
      assertSame(h2, of(Kind.CLOB), raw("CHARACTER LARGE OBJECT"));
      assertSame(h2, of(Kind.CLOB), raw("clob"));
      assertSame(h2, of(Kind.BLOB), raw("BINARY LARGE OBJECT"));
      assertSame(h2, sized(Kind.STRING, 255), raw("CHARACTER VARYING(255)"));
      assertSame(h2, of(Kind.DOUBLE), raw("float"));
      assertSame(h2, of(Kind.DOUBLE), raw("DOUBLE PRECISION"));
      assertSame(h2, ColumnType.numeric(100000, 0), raw("numeric"));
      assertSame(h2, ColumnType.enumeration(List.of("A", "BB")), raw("ENUM('A', 'BB')"));
    }

    @Test
    void timeDefaultsToNoFractionAndTimestampToSix() {
      assertSame(h2, of(Kind.TIME), precise(Kind.TIME, 0));
      assertSame(h2, of(Kind.TIMESTAMP), precise(Kind.TIMESTAMP, 6));
      assertSame(h2, of(Kind.TIMESTAMP_TZ), raw("TIMESTAMP(6) WITH TIME ZONE"));
    }

    @Test
    void fromNativeReadsJdbcMetadata() {
      assertEquals(sized(Kind.STRING, 20), h2.fromNative("CHARACTER VARYING", 20, 0));
      assertEquals(of(Kind.TEXT), h2.fromNative("CHARACTER VARYING", 1_000_000_000, 0));
      assertEquals(precise(Kind.TIME, 3), h2.fromNative("TIME", 12, 3));
      assertEquals(precise(Kind.TIMESTAMP_TZ, 9), h2.fromNative("TIMESTAMP WITH TIME ZONE", 35, 9));
      assertEquals(sized(Kind.BINARY, 16), h2.fromNative("BINARY VARYING", 16, 0));
      assertEquals(of(Kind.UUID), h2.fromNative("UUID", 16, 0));
      assertEquals(raw("TINYINT"), h2.fromNative("TINYINT", 8, 0));
    }

    @Test
    void realDifferencesStay() {
      assertDifferent(h2, of(Kind.TEXT), of(Kind.CLOB));
      assertDifferent(h2, of(Kind.TIMESTAMP), of(Kind.TIMESTAMP_TZ));
    }
  }

  @Test
  void unknownRawTypesCompareBySpellingIgnoringCaseAndSpaces() {
    for (Dialect dialect : Dialects.all()) {
      assertSame(dialect, raw("GEOMETRY"), raw(" geometry "));
      assertSame(dialect, raw("interval  day"), raw("INTERVAL DAY"));
      assertDifferent(dialect, raw("geometry"), raw("geography"));
    }
  }
}
