package io.retort.autogen.scan;

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
  private static final Size NO_SIZE = new Size();

  @Test
  void columnDefinitionWinsOverEverything() {
    assertEquals(raw("decimal(8,3) unsigned"), TypeMapper.map(" decimal(8,3) unsigned ", SqlTypes.NUMERIC, "decimal(8,3)",
        Size.precision(8, 3)));
  }

  @Test
  void enumValuesAreReadFromTheDdlInTheirOrder() {
    assertEquals(enumeration("NEW", "PAID"), TypeMapper.map(null, SqlTypes.ENUM, "enum ('NEW','PAID')", NO_SIZE));
    assertEquals(List.of("it's", "a, b", ""), TypeMapper.enumValues("enum ('it''s', 'a, b','')"));
  }

  @Test
  void floatPrecisionDecidesBetweenRealAndDouble() {
    assertEquals(real(), TypeMapper.map(null, SqlTypes.FLOAT, "float(23)", Size.precision(23)));
    assertEquals(real(), TypeMapper.map(null, SqlTypes.FLOAT, "float4", Size.precision(24)));
    assertEquals(doublePrecision(), TypeMapper.map(null, SqlTypes.FLOAT, "float(53)", Size.precision(53)));
    assertEquals(doublePrecision(), TypeMapper.map(null, SqlTypes.FLOAT, "float", NO_SIZE));
  }

  @Test
  void longCharacterDataFollowsTheDdlSpelling() {
    assertEquals(text(), TypeMapper.map(null, SqlTypes.LONG32VARCHAR, "text", NO_SIZE));
    assertEquals(clob(), TypeMapper.map(null, SqlTypes.CLOB, "longtext", NO_SIZE));
    assertEquals(clob(), TypeMapper.map(null, SqlTypes.CLOB, "character large object", NO_SIZE));
    assertEquals(raw("mediumtext"), TypeMapper.map(null, SqlTypes.CLOB, "mediumtext", NO_SIZE));
    assertEquals(raw("oid"), TypeMapper.map(null, SqlTypes.BLOB, "oid", NO_SIZE));
  }

  @Test
  void timeZoneIsKeptOnlyWhereTheDdlHasOne() {
    assertEquals(timestampTz(6), TypeMapper.map(null, SqlTypes.TIMESTAMP_UTC, "timestamp(6) with time zone", Size.precision(6)));
    assertEquals(timestampTz(3), TypeMapper.map(null, SqlTypes.TIMESTAMP_WITH_TIMEZONE, "timestamptz(3)", Size.precision(3)));
    assertEquals(timestamp(6), TypeMapper.map(null, SqlTypes.TIMESTAMP_UTC, "datetime(6)", Size.precision(6)));
  }

  @Test
  void booleanBitButNotAWiderBitString() {
    assertEquals(bool(), TypeMapper.map(null, SqlTypes.BIT, "bit", NO_SIZE));
    assertEquals(raw("bit(8)"), TypeMapper.map(null, SqlTypes.BIT, "bit(8)", Size.length(8)));
  }

  @Test
  void sizedTypesNeedALength() {
    assertEquals(string(12), TypeMapper.map(null, SqlTypes.CHAR, "varchar(12)", Size.length(12)));
    assertEquals(raw("varchar"), TypeMapper.map(null, SqlTypes.VARCHAR, "varchar", NO_SIZE));
  }

  @Test
  void typesWithoutAPortableKindStayRaw() {
    assertEquals(raw("interval second(6)"), TypeMapper.map(null, SqlTypes.INTERVAL_SECOND, "interval second(6)", NO_SIZE));
    assertEquals(raw("integer array"), TypeMapper.map(null, SqlTypes.ARRAY, "integer array", NO_SIZE));
    assertEquals(raw("binary(16)"), TypeMapper.map(null, SqlTypes.UUID, "binary(16)", Size.length(16)));
    assertEquals(raw("order_status"), TypeMapper.map(null, SqlTypes.NAMED_ENUM, "order_status", NO_SIZE));
  }
}
