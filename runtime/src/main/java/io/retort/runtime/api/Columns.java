package io.retort.runtime.api;

import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary of a revision file, meant for {@code import static io.retort.runtime.api.Columns.*}:
 * columns, portable types, and table elements.
 */
public final class Columns {
  private Columns() {
  }

  public static Column column(String name, ColumnType type) {
    return Column.of(name, type);
  }

  public static ColumnType smallInteger() {
    return ColumnType.of(Kind.SMALLINT);
  }

  public static ColumnType integer() {
    return ColumnType.of(Kind.INTEGER);
  }

  public static ColumnType bigInteger() {
    return ColumnType.of(Kind.BIGINT);
  }

  public static ColumnType numeric(int precision, int scale) {
    return ColumnType.numeric(precision, scale);
  }

  /** A numeric with the database's default precision and scale. */
  public static ColumnType numeric() {
    return ColumnType.of(Kind.NUMERIC);
  }

  /** A numeric with a precision and the database's default scale. */
  public static ColumnType numeric(int precision) {
    return ColumnType.withPrecision(Kind.NUMERIC, precision);
  }

  public static ColumnType real() {
    return ColumnType.of(Kind.REAL);
  }

  public static ColumnType doublePrecision() {
    return ColumnType.of(Kind.DOUBLE);
  }

  public static ColumnType bool() {
    return ColumnType.of(Kind.BOOLEAN);
  }

  public static ColumnType string(int length) {
    return ColumnType.sized(Kind.STRING, length);
  }

  public static ColumnType character(int length) {
    return ColumnType.sized(Kind.CHAR, length);
  }

  public static ColumnType text() {
    return ColumnType.of(Kind.TEXT);
  }

  /** A character large object: {@code text} on PostgreSQL, {@code longtext} on MariaDB, {@code clob} on H2. */
  public static ColumnType clob() {
    return ColumnType.of(Kind.CLOB);
  }

  public static ColumnType date() {
    return ColumnType.of(Kind.DATE);
  }

  public static ColumnType time() {
    return ColumnType.of(Kind.TIME);
  }

  public static ColumnType time(int fractionalDigits) {
    return ColumnType.withPrecision(Kind.TIME, fractionalDigits);
  }

  public static ColumnType timestamp() {
    return ColumnType.of(Kind.TIMESTAMP);
  }

  public static ColumnType timestamp(int fractionalDigits) {
    return ColumnType.withPrecision(Kind.TIMESTAMP, fractionalDigits);
  }

  public static ColumnType timestampTz() {
    return ColumnType.of(Kind.TIMESTAMP_TZ);
  }

  public static ColumnType timestampTz(int fractionalDigits) {
    return ColumnType.withPrecision(Kind.TIMESTAMP_TZ, fractionalDigits);
  }

  public static ColumnType uuid() {
    return ColumnType.of(Kind.UUID);
  }

  public static ColumnType binary(int length) {
    return ColumnType.sized(Kind.BINARY, length);
  }

  public static ColumnType blob() {
    return ColumnType.of(Kind.BLOB);
  }

  public static ColumnType json() {
    return ColumnType.of(Kind.JSON);
  }

  /** A native enumeration (MariaDB {@code ENUM}, H2 {@code ENUM}); PostgreSQL gets a varchar as long as the longest value. */
  public static ColumnType enumeration(String... values) {
    return ColumnType.enumeration(List.of(values));
  }

  /** The escape hatch: an SQL type written as the database spells it, passed through unchanged. */
  public static ColumnType raw(String sqlType) {
    return ColumnType.raw(sqlType);
  }

  public static PrimaryKey primaryKey(String... columns) {
    return new PrimaryKey(null, Arrays.asList(columns));
  }

  /** Starts a foreign key: {@code foreignKey("category_id").references("categories", "id").onDelete(CASCADE)}. */
  public static ForeignKeyStart foreignKey(String... columns) {
    return new ForeignKeyStart(null, List.of(columns));
  }

  public static UniqueConstraint unique(String... columns) {
    return new UniqueConstraint(null, Arrays.asList(columns));
  }

  public static CheckConstraint check(String name, String condition) {
    return new CheckConstraint(name, condition);
  }

  /** A check named by the naming convention: {@code check("price >= 0")}. */
  public static CheckConstraint check(String condition) {
    return new CheckConstraint(null, condition);
  }

  public static Index index(String name, String... columns) {
    return new Index(name, Arrays.asList(columns), false);
  }

  public static Index uniqueIndex(String name, String... columns) {
    return new Index(name, Arrays.asList(columns), true);
  }

  /**
   * One row for {@code op.bulkInsert}, as column name and value pairs in column order:
   * {@code row("id", 1, "name", "Widget")}. Values may be null.
   */
  public static Map<String, Object> row(Object... columnsAndValues) {
    if (columnsAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "row(...) takes column and value pairs, got " + columnsAndValues.length + " arguments");
    }
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      if (!(columnsAndValues[i] instanceof String column)) {
        throw new IllegalArgumentException(
            "row(...) argument " + i + " must be a column name, got " + columnsAndValues[i]);
      }
      if (row.containsKey(column)) {
        throw new IllegalArgumentException("row(...) names column " + column + " twice");
      }
      row.put(column, columnsAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(row);
  }

  /** The first half of a foreign key, before {@code references(...)}. */
  public record ForeignKeyStart(String name, List<String> columns) {
    public ForeignKeyStart named(String constraintName) {
      return new ForeignKeyStart(constraintName, columns);
    }

    public ForeignKey references(String table, String... referencedColumns) {
      return new ForeignKey(name, columns, table, List.of(referencedColumns), ReferentialAction.NO_ACTION,
          ReferentialAction.NO_ACTION);
    }
  }
}
