package io.retort.autogen.scan;

import static io.retort.autogen.scan.Scans.column;
import static io.retort.autogen.scan.Scans.scan;
import static io.retort.autogen.scan.Scans.table;
import static io.retort.runtime.api.Columns.bigInteger;
import static io.retort.runtime.api.Columns.binary;
import static io.retort.runtime.api.Columns.blob;
import static io.retort.runtime.api.Columns.bool;
import static io.retort.runtime.api.Columns.character;
import static io.retort.runtime.api.Columns.clob;
import static io.retort.runtime.api.Columns.date;
import static io.retort.runtime.api.Columns.doublePrecision;
import static io.retort.runtime.api.Columns.integer;
import static io.retort.runtime.api.Columns.json;
import static io.retort.runtime.api.Columns.numeric;
import static io.retort.runtime.api.Columns.raw;
import static io.retort.runtime.api.Columns.real;
import static io.retort.runtime.api.Columns.smallInteger;
import static io.retort.runtime.api.Columns.string;
import static io.retort.runtime.api.Columns.text;
import static io.retort.runtime.api.Columns.time;
import static io.retort.runtime.api.Columns.timestamp;
import static io.retort.runtime.api.Columns.timestampTz;
import static io.retort.runtime.api.Columns.uuid;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.Table;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The type of every column of {@code TypeSample} on each dialect: the portable kind where Hibernate
 * emits what that kind means, the raw DDL type where it emits something else.
 */
class TypeMappingScanTest {
  /** Column name to its expected type on H2, PostgreSQL and MariaDB, in {@link Kind} order. */
  private static final Map<String, List<ColumnType>> EXPECTED = new LinkedHashMap<>();

  static {
    expect("id", bigInteger());
    expect("small_number", smallInteger());
    expect("tiny_number", raw("tinyint"), smallInteger(), raw("tinyint"));
    expect("whole_number", integer());
    expect("big_number", bigInteger());
    expect("huge_number", numeric(38, 0));
    expect("ratio", numeric(10, 4));
    expect("plain_decimal", numeric(38, 2));
    expect("single_float", real());
    expect("double_float", doublePrecision());
    expect("flag", bool());
    expect("initial_letter", character(1), character(1), string(1));
    expect("title", string(80));
    expect("default_length", string(255));
    expect("description", clob(), raw("oid"), clob());
    expect("long_text", clob(), raw("oid"), raw("tinytext"));
    expect("big_text", clob(), text(), raw("tinytext"));
    expect("notes", text());
    expect("birth_date", date());
    expect("alarm_time", time(0));
    expect("local_moment", timestamp(6));
    expect("coarse_moment", timestamp(0));
    expect("instant", timestampTz(6), timestampTz(6), timestamp(6));
    expect("offset_moment", timestampTz(6), timestampTz(6), timestamp(6));
    expect("token", uuid());
    expect("thumbnail", binary(512));
    expect("attachment", blob(), raw("oid"), blob());
    expect("attributes", json());
    expect("colour", string(7));
    expect("warranty_years", integer());
  }

  private static void expect(String column, ColumnType everywhere) {
    expect(column, everywhere, everywhere, everywhere);
  }

  private static void expect(String column, ColumnType h2, ColumnType postgres, ColumnType mariadb) {
    EXPECTED.put(column, List.of(h2, postgres, mariadb));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyColumnHasTheTypeHibernateCreates(Kind kind) {
    Table samples = table(scan("types", kind), "type_samples");
    Stream<Executable> checks = EXPECTED.entrySet().stream().map(expected -> () ->
        assertEquals(expected.getValue().get(kind.ordinal()), column(samples, expected.getKey()).type(), expected.getKey()));
    assertAll(checks);
    assertEquals(EXPECTED.size(), samples.columns().size(), "columns: " + samples.columns().stream().map(Column::name).toList());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void nullabilityFollowsTheAnnotationsAndPrimitives(Kind kind) {
    Table samples = table(scan("types", kind), "type_samples");
    assertEquals(Column.of("flag", bool()).notNull(), column(samples, "flag"), "a primitive without @Column is NOT NULL");
    assertEquals(Column.of("big_number", bigInteger()), column(samples, "big_number"), "@Column says nullable");
    assertEquals(Column.of("id", bigInteger()).identity(), column(samples, "id"));
  }
}
