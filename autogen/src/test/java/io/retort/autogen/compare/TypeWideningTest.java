package io.retort.autogen.compare;

import static io.retort.autogen.compare.TestModels.bigint;
import static io.retort.autogen.compare.TestModels.integer;
import static io.retort.autogen.compare.TestModels.numeric;
import static io.retort.autogen.compare.TestModels.text;
import static io.retort.autogen.compare.TestModels.varchar;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeWideningTest {

  @Test
  void widening() {
    assertTrue(TypeWidening.isWidening(varchar(100), varchar(200)));
    assertTrue(TypeWidening.isWidening(varchar(100), ColumnType.of(Kind.CLOB)));
    assertTrue(TypeWidening.isWidening(ColumnType.sized(Kind.CHAR, 3), varchar(3)));
    assertTrue(TypeWidening.isWidening(ColumnType.of(Kind.SMALLINT), integer()));
    assertTrue(TypeWidening.isWidening(integer(), numeric(10, 0)));
    assertTrue(TypeWidening.isWidening(bigint(), ColumnType.numeric(19, 0)));
    assertTrue(TypeWidening.isWidening(numeric(10, 2), numeric(11, 3)));
    assertTrue(TypeWidening.isWidening(numeric(10, 2), new ColumnType(Kind.NUMERIC, null, null, null, List.of(), null)));
    assertTrue(TypeWidening.isWidening(ColumnType.of(Kind.REAL), ColumnType.of(Kind.DOUBLE)));
    assertTrue(TypeWidening.isWidening(ColumnType.of(Kind.DATE), ColumnType.of(Kind.TIMESTAMP)));
    assertTrue(TypeWidening.isWidening(ColumnType.withPrecision(Kind.TIMESTAMP, 3), ColumnType.withPrecision(Kind.TIMESTAMP, 6)));
    assertTrue(TypeWidening.isWidening(ColumnType.enumeration(List.of("ACTIVE")), varchar(16)));
    assertTrue(TypeWidening.isWidening(ColumnType.of(Kind.UUID), varchar(36)));
    assertTrue(TypeWidening.isWidening(ColumnType.sized(Kind.BINARY, 16), ColumnType.of(Kind.BLOB)));
  }

  @Test
  void notWidening() {
    assertFalse(TypeWidening.isWidening(varchar(200), varchar(100)));
    assertFalse(TypeWidening.isWidening(text(), varchar(100)));
    assertFalse(TypeWidening.isWidening(bigint(), integer()));
    assertFalse(TypeWidening.isWidening(bigint(), ColumnType.of(Kind.DOUBLE)));
    assertFalse(TypeWidening.isWidening(integer(), numeric(9, 0)));
    assertFalse(TypeWidening.isWidening(numeric(12, 2), numeric(10, 2)));
    assertFalse(TypeWidening.isWidening(numeric(10, 2), numeric(12, 1)));
    assertFalse(TypeWidening.isWidening(new ColumnType(Kind.NUMERIC, null, null, null, List.of(), null), numeric(30, 2)));
    assertFalse(TypeWidening.isWidening(ColumnType.withPrecision(Kind.TIMESTAMP, 6), ColumnType.withPrecision(Kind.TIMESTAMP, 0)));
    assertFalse(TypeWidening.isWidening(ColumnType.of(Kind.TIMESTAMP), ColumnType.of(Kind.DATE)));
    assertFalse(TypeWidening.isWidening(ColumnType.of(Kind.BOOLEAN), integer()));
    assertFalse(TypeWidening.isWidening(ColumnType.enumeration(List.of("ACTIVE", "SUSPENDED")), varchar(6)));
    assertFalse(TypeWidening.isWidening(ColumnType.raw("int4range"), ColumnType.raw("int8range")));
  }
}
