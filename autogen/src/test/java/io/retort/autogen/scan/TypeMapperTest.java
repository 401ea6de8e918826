package io.retort.autogen.scan;

import io.retort.runtime.schema.ColumnType;

import static io.retort.runtime.api.Columns.bool;
import static io.retort.runtime.api.Columns.clob;
import static io.retort.runtime.api.Columns.doublePrecision;
import static io.retort.runtime.api.Columns.enumeration;
import static io.retort.runtime.api.Columns.raw;
import static io.retort.runtime.api.Columns.real;
import static io.retort.runtime.api.Columns.string;
import static io.retort.runtime.api.Columns.text;
import static io.retort.runtime.api.Columns.timestamp;
import static io.retort.runtime.api.Columns.timestampTz;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;

/** The type mapping rules on their own, including the cases the test entities do not produce. */
class TypeMapperTest {
  private static final io.retort.runtime.dialect.Dialect TARGET = new io.retort.runtime.dialect.MariaDbDialect();

  private static final Size NO_SIZE = new Size();

  @Test
  void columnDefinitionWinsOverEverything() {
    assertEquals(raw("decimal(8,3) unsigned"), TypeMapper.map(" decimal(8,3) unsigned ", SqlTypes.NUMERIC, "decimal(8,3)",
        Size.precision(8, 3), TARGET));
  }

  @Test
  void aColumnDefinitionThatIsJustATypeIsThatPortableType() {
    assertEquals(text(), TypeMapper.map("text", SqlTypes.VARCHAR, "varchar(255)", NO_SIZE, TARGET));
    assertEquals(ColumnType.sized(ColumnType.Kind.STRING, 20), TypeMapper.map("varchar(20)", SqlTypes.VARCHAR, "varchar(255)",
        NO_SIZE, TARGET));
    assertEquals(raw("text not null default ''"), TypeMapper.map("text not null default ''", SqlTypes.VARCHAR, "varchar(255)",
        NO_SIZE, TARGET));
  }

  @Test
  void enumValuesAreReadFromTheDdlInTheirOrder() {
    assertEquals(enumeration("NEW", "PAID"), TypeMapper.map(null, SqlTypes.ENUM, "enum ('NEW','PAID')", NO_SIZE, TARGET));
    assertEquals(List.of("it's", "a, b", ""), TypeMapper.enumValues("enum ('it''s', 'a, b','')"));
  }

  @Test
  void floatPrecisionDecidesBetweenRealAndDouble() {
    assertEquals(real(), TypeMapper.map(null, SqlTypes.FLOAT, "float(23)", Size.precision(23), TARGET));
    assertEquals(real(), TypeMapper.map(null, SqlTypes.FLOAT, "float4", Size.precision(24), TARGET));
    assertEquals(doublePrecision(), TypeMapper.map(null, SqlTypes.FLOAT, "float(53)", Size.precision(53), TARGET));
    assertEquals(doublePrecision(), TypeMapper.map(null, SqlTypes.FLOAT, "float", NO_SIZE, TARGET));
  }

  @Test
  void longCharacterDataFollowsTheDdlSpelling() {
    assertEquals(text(), TypeMapper.map(null, SqlTypes.LONG32VARCHAR, "text", NO_SIZE, TARGET));
    assertEquals(clob(), TypeMapper.map(null, SqlTypes.CLOB, "longtext", NO_SIZE, TARGET));
    assertEquals(clob(), TypeMapper.map(null, SqlTypes.CLOB, "character large object", NO_SIZE, TARGET));
    assertEquals(raw("mediumtext"), TypeMapper.map(null, SqlTypes.CLOB, "mediumtext", NO_SIZE, TARGET));
    assertEquals(raw("oid"), TypeMapper.map(null, SqlTypes.BLOB, "oid", NO_SIZE, TARGET));
  }

  @Test
  void timeZoneIsKeptOnlyWhereTheDdlHasOne() {
    assertEquals(timestampTz(6), TypeMapper.map(null, SqlTypes.TIMESTAMP_UTC, "timestamp(6) with time zone", Size.precision(6), TARGET));
    assertEquals(timestampTz(3), TypeMapper.map(null, SqlTypes.TIMESTAMP_WITH_TIMEZONE, "timestamptz(3)", Size.precision(3), TARGET));
    assertEquals(timestamp(6), TypeMapper.map(null, SqlTypes.TIMESTAMP_UTC, "datetime(6)", Size.precision(6), TARGET));
  }

  @Test
  void booleanBitButNotAWiderBitString() {
    assertEquals(bool(), TypeMapper.map(null, SqlTypes.BIT, "bit", NO_SIZE, TARGET));
    assertEquals(raw("bit(8)"), TypeMapper.map(null, SqlTypes.BIT, "bit(8)", Size.length(8), TARGET));
  }

  @Test
  void sizedTypesNeedALength() {
    assertEquals(string(12), TypeMapper.map(null, SqlTypes.CHAR, "varchar(12)", Size.length(12), TARGET));
    assertEquals(raw("varchar"), TypeMapper.map(null, SqlTypes.VARCHAR, "varchar", NO_SIZE, TARGET));
  }

  @Test
  void typesWithoutAPortableKindStayRaw() {
    assertEquals(raw("interval second(6)"), TypeMapper.map(null, SqlTypes.INTERVAL_SECOND, "interval second(6)", NO_SIZE, TARGET));
    assertEquals(raw("integer array"), TypeMapper.map(null, SqlTypes.ARRAY, "integer array", NO_SIZE, TARGET));
    assertEquals(raw("binary(16)"), TypeMapper.map(null, SqlTypes.UUID, "binary(16)", Size.length(16), TARGET));
    assertEquals(raw("order_status"), TypeMapper.map(null, SqlTypes.NAMED_ENUM, "order_status", NO_SIZE, TARGET));
  }
}
