package io.retort.runtime.dialect;

import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;

/**
 * PostgreSQL's types. JSON is {@code jsonb} (what Hibernate emits, and the one with equality and
 * indexes); CLOB is {@code text}; BINARY and BLOB are both {@code bytea}; ENUM is a
 * {@code varchar} as long as its longest value. Times and timestamps default to 6 fractional digits.
 */
final class PostgresTypes extends TypeMapping {
  /** PostgreSQL's JDBC driver reports this size for types without a length (text, varchar, bytea, uuid). */
  private static final int UNBOUNDED = Integer.MAX_VALUE;
  private static final int DEFAULT_FRACTION = 6;

  @Override
  String render(ColumnType type) {
    return switch (type.kind()) {
      case SMALLINT -> "SMALLINT";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
      case NUMERIC -> numericSpelling("NUMERIC", type);
      case REAL -> "REAL";
      case DOUBLE -> "DOUBLE PRECISION";
      case BOOLEAN -> "BOOLEAN";
      case STRING -> type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
      case CHAR -> type.length() == null ? "CHAR" : "CHAR(" + type.length() + ")";
      case TEXT, CLOB -> "TEXT";
      case DATE -> "DATE";
      case TIME -> withOptionalPrecision("TIME", type.precision());
      case TIMESTAMP -> withOptionalPrecision("TIMESTAMP", type.precision());
      case TIMESTAMP_TZ -> withOptionalPrecision("TIMESTAMP", type.precision()) + " WITH TIME ZONE";
      case UUID -> "UUID";
      case BINARY, BLOB -> "BYTEA";
      case JSON -> "JSONB";
      case ENUM -> "VARCHAR(" + longestValue(type) + ")";
      case RAW -> type.raw();
    };
  }

  @Override
  ColumnType fromNative(String typeName, Integer size, Integer decimalDigits) {
    NativeTypeName name = NativeTypeName.parse(typeName);
    return switch (name.base()) {
      case "int2", "smallint", "smallserial", "serial2" -> plain(Kind.SMALLINT);
      case "int4", "int", "integer", "serial", "serial4" -> plain(Kind.INTEGER);
      case "int8", "bigint", "bigserial", "serial8" -> plain(Kind.BIGINT);
      case "numeric", "decimal" -> name.hasArguments()
          ? numeric(name.number(0, null), name.number(1, 0))
          : size == null || size == 0 || size == UNBOUNDED ? numeric(null, null) : numeric(size, decimalDigits == null ? 0 : decimalDigits);
      case "float4", "real" -> plain(Kind.REAL);
      case "float8", "double precision" -> plain(Kind.DOUBLE);
      case "float" -> plain(floatKind(name));
      case "bool", "boolean" -> plain(Kind.BOOLEAN);
      case "varchar", "character varying" -> sized(Kind.STRING, length(name, size));
      case "bpchar", "char", "character" -> sized(Kind.CHAR, length(name, size));
      case "text" -> plain(Kind.TEXT);
      case "date" -> plain(Kind.DATE);
      case "time", "time without time zone" -> withPrecision(Kind.TIME, name.number(0, decimalDigits));
      case "timestamp", "timestamp without time zone" -> withPrecision(Kind.TIMESTAMP, name.number(0, decimalDigits));
      case "timestamptz", "timestamp with time zone" -> withPrecision(Kind.TIMESTAMP_TZ, name.number(0, decimalDigits));
      case "uuid" -> plain(Kind.UUID);
      case "bytea" -> plain(Kind.BLOB);
      case "jsonb" -> plain(Kind.JSON);
      default -> unknown(typeName, name, size);
    };
  }

  @Override
  ColumnType canonicalKind(ColumnType type) {
    return switch (type.kind()) {
      case NUMERIC -> type.precision() == null ? numeric(null, null) : numeric(type.precision(), type.scale() == null ? 0 : type.scale());
      case STRING -> sized(Kind.STRING, type.length());
      case CHAR -> sized(Kind.CHAR, type.length() == null ? 1 : type.length());
      case TEXT, CLOB -> plain(Kind.TEXT);
      case TIME, TIMESTAMP, TIMESTAMP_TZ -> withPrecision(type.kind(), type.precision() == null ? DEFAULT_FRACTION : type.precision());
      case BINARY, BLOB -> plain(Kind.BLOB);
      case ENUM -> sized(Kind.STRING, longestValue(type));
      case RAW -> type;
      default -> plain(type.kind());
    };
  }

  private static Integer length(NativeTypeName name, Integer size) {
    Integer length = name.number(0, size);
    return length == null || length == UNBOUNDED ? null : length;
  }
}
