package io.retort.runtime.schema;

import java.util.List;
import java.util.Objects;

/**
 * A portable column type. Each {@link io.retort.runtime.dialect.Dialect} renders it in its own
 * spelling; {@link Kind#RAW} is the escape hatch that is passed through as written.
 *
 * @param kind the portable kind
 * @param length length of string, char and binary types; {@code null} when not applicable
 * @param precision precision of numeric types, fractional seconds of time types; {@code null} for the default
 * @param scale scale of numeric types; {@code null} when not applicable
 * @param values allowed values of {@link Kind#ENUM}; empty otherwise
 * @param raw the literal SQL type of {@link Kind#RAW}; {@code null} otherwise
 */
public record ColumnType(Kind kind, Integer length, Integer precision, Integer scale, List<String> values, String raw) {

  /** The portable kinds of column type. */
  public enum Kind {
    SMALLINT, INTEGER, BIGINT, NUMERIC, REAL, DOUBLE, BOOLEAN,
    STRING, CHAR, TEXT, CLOB,
    DATE, TIME, TIMESTAMP, TIMESTAMP_TZ,
    UUID, BINARY, BLOB, JSON, ENUM, RAW
  }

  public ColumnType {
    Objects.requireNonNull(kind, "kind");
    values = values == null ? List.of() : List.copyOf(values);
    if (kind == Kind.RAW && (raw == null || raw.isBlank())) {
      throw new IllegalArgumentException("a raw column type needs its SQL spelling");
    }
  }

  public static ColumnType of(Kind kind) {
    return new ColumnType(kind, null, null, null, List.of(), null);
  }

  public static ColumnType sized(Kind kind, int length) {
    return new ColumnType(kind, length, null, null, List.of(), null);
  }

  public static ColumnType numeric(int precision, int scale) {
    return new ColumnType(Kind.NUMERIC, null, precision, scale, List.of(), null);
  }

  public static ColumnType withPrecision(Kind kind, Integer precision) {
    return new ColumnType(kind, null, precision, null, List.of(), null);
  }

  public static ColumnType enumeration(List<String> values) {
    return new ColumnType(Kind.ENUM, null, null, null, values, null);
  }

  public static ColumnType raw(String sql) {
    return new ColumnType(Kind.RAW, null, null, null, List.of(), sql);
  }

  /** A short human-readable spelling, used in messages: {@code varchar(200)}, {@code numeric(10,2)}. */
  public String describe() {
    return switch (kind) {
      case RAW -> raw;
      case STRING -> "varchar(" + length + ")";
      case CHAR -> "char(" + length + ")";
      case BINARY -> "varbinary(" + length + ")";
      case NUMERIC -> precision == null ? "numeric" : scale == null ? "numeric(" + precision + ")" : "numeric(" + precision + "," + scale + ")";
      case ENUM -> "enum" + values;
      case TIMESTAMP, TIMESTAMP_TZ, TIME -> kind.name().toLowerCase().replace("_tz", " with time zone")
          + (precision == null ? "" : "(" + precision + ")");
      default -> kind.name().toLowerCase();
    };
  }
}
