package io.retort.runtime.dialect;

import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;

/**
 * MariaDB's types. BOOLEAN is {@code boolean}, stored as {@code tinyint(1)}; {@code bit(1)} reads
 * back as BOOLEAN too. REAL is {@code float} (MariaDB's own {@code real} is a double). TEXT is
 * {@code text} (up to 64 KB), CLOB is {@code longtext}. TIMESTAMP and TIMESTAMP_TZ are both
 * {@code datetime(p)}: MariaDB has no time-zone-aware type, and its {@code timestamp} (range 1970-2038,
 * session time zone conversion) is what Hibernate avoids too. JSON is {@code json}, which MariaDB
 * stores and reports as {@code longtext} (plus a {@code json_valid} check), so it compares equal to CLOB.
 * Times and datetimes default to 0 fractional digits; {@code decimal} to (10,0).
 */
final class MariaDbTypes extends TypeMapping {
  private static final String DATABASE = "MariaDB";
  /** The width of {@code hh:mm:ss} / {@code hhh:mm:ss} as JDBC reports a TIME without fraction. */
  private static final int TIME_WIDTH = 10;
  /** The width of {@code yyyy-mm-dd hh:mm:ss} as JDBC reports a DATETIME without fraction. */
  private static final int DATETIME_WIDTH = 19;

  @Override
  String render(ColumnType type) {
    return switch (type.kind()) {
      case SMALLINT -> "SMALLINT";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
      case NUMERIC -> numericSpelling("DECIMAL", type);
      case REAL -> "FLOAT";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case STRING -> "VARCHAR(" + requireLength(type, DATABASE) + ")";
      case CHAR -> type.length() == null ? "CHAR" : "CHAR(" + type.length() + ")";
      case TEXT -> "TEXT";
      case CLOB -> "LONGTEXT";
      case DATE -> "DATE";
      case TIME -> withOptionalPrecision("TIME", type.precision());
      case TIMESTAMP, TIMESTAMP_TZ -> withOptionalPrecision("DATETIME", type.precision());
      case UUID -> "UUID";
      case BINARY -> "VARBINARY(" + requireLength(type, DATABASE) + ")";
      case BLOB -> "LONGBLOB";
      case JSON -> "JSON";
      case ENUM -> enumSpelling("ENUM", type);
      case RAW -> type.raw();
    };
  }

  @Override
  ColumnType fromNative(String typeName, Integer size, Integer decimalDigits) {
    NativeTypeName name = NativeTypeName.parse(typeName);
    return switch (name.base()) {
      case "bool", "boolean" -> plain(Kind.BOOLEAN);
      case "tinyint" -> name.number(0, null) != null && name.number(0, null) == 1 ? plain(Kind.BOOLEAN) : ColumnType.raw("tinyint");
      case "bit" -> name.number(0, size == null ? 1 : size) == 1 ? plain(Kind.BOOLEAN) : unknown(typeName, name, size);
      case "smallint" -> plain(Kind.SMALLINT);
      case "int", "integer" -> plain(Kind.INTEGER);
      case "bigint" -> plain(Kind.BIGINT);
      case "decimal", "numeric", "dec", "fixed" -> name.hasArguments()
          ? numeric(name.number(0, null), name.number(1, 0))
          : numeric(size, size == null ? null : decimalDigits == null ? 0 : decimalDigits);
      case "float" -> plain(name.hasArguments() ? floatKind(name) : Kind.REAL);
      case "double", "double precision", "real" -> plain(Kind.DOUBLE);
      case "varchar", "character varying" -> sized(Kind.STRING, name.number(0, size));
      case "char", "character" -> sized(Kind.CHAR, name.number(0, size));
      case "text" -> plain(Kind.TEXT);
      case "longtext" -> plain(Kind.CLOB);
      case "json" -> plain(Kind.JSON);
      case "date" -> plain(Kind.DATE);
      case "time" -> withPrecision(Kind.TIME, name.number(0, fraction(size, TIME_WIDTH)));
      case "datetime" -> withPrecision(Kind.TIMESTAMP, name.number(0, fraction(size, DATETIME_WIDTH)));
      case "uuid" -> plain(Kind.UUID);
      case "varbinary" -> sized(Kind.BINARY, name.number(0, size));
      case "longblob" -> plain(Kind.BLOB);
      case "mediumint", "tinyint unsigned", "smallint unsigned", "mediumint unsigned", "int unsigned",
          "integer unsigned", "bigint unsigned" -> ColumnType.raw(name.base().replace("integer", "int")); // display width dropped
      case "enum" -> name.hasArguments() ? ColumnType.enumeration(name.stringArguments()) : ColumnType.raw("enum");
      default -> unknown(typeName, name, size);
    };
  }

  @Override
  ColumnType canonicalKind(ColumnType type) {
    return switch (type.kind()) {
      case NUMERIC -> type.precision() == null ? numeric(10, 0) : numeric(type.precision(), type.scale() == null ? 0 : type.scale());
      case STRING, BINARY -> sized(type.kind(), type.length());
      case CHAR -> sized(Kind.CHAR, type.length() == null ? 1 : type.length());
      case CLOB, JSON -> plain(Kind.CLOB);
      case TIME -> withPrecision(Kind.TIME, type.precision() == null ? 0 : type.precision());
      case TIMESTAMP, TIMESTAMP_TZ -> withPrecision(Kind.TIMESTAMP, type.precision() == null ? 0 : type.precision());
      case ENUM -> ColumnType.enumeration(type.values());
      case RAW -> type;
      default -> plain(type.kind());
    };
  }

  /**
   * The fractional digits of a TIME or DATETIME whose JDBC size is {@code size}: MariaDB reports
   * DATETIME(6) as size 26 with 0 decimal digits, so the fraction is what the size adds beyond the
   * seconds, less the decimal point.
   */
  private static Integer fraction(Integer size, int width) {
    if (size == null) {
      return null;
    }
    return size > width ? size - width - 1 : 0;
  }
}
