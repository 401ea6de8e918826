package io.retort.runtime.dialect;

import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;

/**
 * H2 2.x's types. TEXT is {@code CHARACTER VARYING} without a length (H2 itself reads the keyword
 * {@code TEXT} so, and unlike {@code CHARACTER LARGE OBJECT} it can be indexed, made unique and compared);
 * CLOB is {@code CHARACTER LARGE OBJECT}, BLOB {@code BINARY LARGE OBJECT}. H2 fills in defaults as it
 * stores a type: {@code NUMERIC} is NUMERIC(100000, 0), a {@code VARCHAR} or {@code VARBINARY} without length
 * is 1,000,000,000 long, TIME has 0 fractional digits and TIMESTAMP 6.
 */
final class H2Types extends TypeMapping {
  /** The length H2 gives a character or binary string declared without one. */
  private static final int MAX_LENGTH = 1_000_000_000;
  private static final int MAX_NUMERIC_PRECISION = 100_000;

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
      case STRING -> type.length() == null ? "CHARACTER VARYING" : "VARCHAR(" + type.length() + ")";
      case CHAR -> type.length() == null ? "CHAR" : "CHAR(" + type.length() + ")";
      case TEXT -> "CHARACTER VARYING";
      case CLOB -> "CHARACTER LARGE OBJECT";
      case DATE -> "DATE";
      case TIME -> withOptionalPrecision("TIME", type.precision());
      case TIMESTAMP -> withOptionalPrecision("TIMESTAMP", type.precision());
      case TIMESTAMP_TZ -> withOptionalPrecision("TIMESTAMP", type.precision()) + " WITH TIME ZONE";
      case UUID -> "UUID";
      case BINARY -> type.length() == null ? "BINARY VARYING" : "VARBINARY(" + type.length() + ")";
      case BLOB -> "BINARY LARGE OBJECT";
      case JSON -> "JSON";
      case ENUM -> enumSpelling("ENUM", type);
      case RAW -> type.raw();
    };
  }

  @Override
  ColumnType fromNative(String typeName, Integer size, Integer decimalDigits) {
    NativeTypeName name = NativeTypeName.parse(typeName);
    return switch (name.base()) {
      case "smallint", "int2" -> plain(Kind.SMALLINT);
      case "integer", "int", "int4" -> plain(Kind.INTEGER);
      case "bigint", "int8" -> plain(Kind.BIGINT);
      case "numeric", "decimal", "dec" -> name.hasArguments()
          ? numeric(name.number(0, null), name.number(1, 0))
          : numeric(size, size == null ? null : decimalDigits == null ? 0 : decimalDigits);
      case "real", "float4" -> plain(Kind.REAL);
      case "double precision", "double", "float8" -> plain(Kind.DOUBLE);
      case "float" -> plain(floatKind(name));
      case "boolean", "bool" -> plain(Kind.BOOLEAN);
      case "character varying", "varchar", "char varying" -> string(name.number(0, size));
      case "text" -> plain(Kind.TEXT);
      case "character", "char" -> sized(Kind.CHAR, name.number(0, size));
      case "character large object", "clob", "char large object" -> plain(Kind.CLOB);
      case "date" -> plain(Kind.DATE);
      case "time", "time without time zone" -> withPrecision(Kind.TIME, name.number(0, decimalDigits));
      case "timestamp", "timestamp without time zone" -> withPrecision(Kind.TIMESTAMP, name.number(0, decimalDigits));
      case "timestamp with time zone" -> withPrecision(Kind.TIMESTAMP_TZ, name.number(0, decimalDigits));
      case "uuid" -> plain(Kind.UUID);
      case "binary varying", "varbinary" -> sized(Kind.BINARY, name.number(0, size));
      case "binary large object", "blob" -> plain(Kind.BLOB);
      case "json" -> plain(Kind.JSON);
      case "enum" -> name.hasArguments() ? ColumnType.enumeration(name.stringArguments()) : ColumnType.raw("enum");
      default -> unknown(typeName, name, size);
    };
  }

  @Override
  ColumnType canonicalKind(ColumnType type) {
    return switch (type.kind()) {
      case NUMERIC -> type.precision() == null
          ? numeric(MAX_NUMERIC_PRECISION, 0)
          : numeric(type.precision(), type.scale() == null ? 0 : type.scale());
      case STRING -> string(type.length());
      case CHAR -> sized(Kind.CHAR, type.length() == null ? 1 : type.length());
      case TIME -> withPrecision(Kind.TIME, type.precision() == null ? 0 : type.precision());
      case TIMESTAMP, TIMESTAMP_TZ -> withPrecision(type.kind(), type.precision() == null ? 6 : type.precision());
      case BINARY -> sized(Kind.BINARY, type.length() == null ? MAX_LENGTH : type.length());
      case ENUM -> ColumnType.enumeration(type.values());
      case RAW -> type;
      default -> plain(type.kind());
    };
  }

  /** A character varying of the maximum length is H2's TEXT. */
  private static ColumnType string(Integer length) {
    return length == null || length >= MAX_LENGTH ? plain(Kind.TEXT) : sized(Kind.STRING, length);
  }
}
