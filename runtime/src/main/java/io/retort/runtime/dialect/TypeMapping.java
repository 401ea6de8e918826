package io.retort.runtime.dialect;

import io.retort.runtime.RetortException;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;

/**
 * How one database spells column types in DDL, how it names them when it reports them back, and
 * which spellings mean the same stored type. Subclasses hold the per-database tables; this class
 * holds the parts every database shares (raw types are parsed, then canonicalised as the kind they spell).
 */
abstract class TypeMapping {

  /** The type as DDL spells it. */
  abstract String render(ColumnType type);

  /**
   * A native type name, as JDBC {@code DatabaseMetaData.getColumns} ({@code TYPE_NAME}, {@code COLUMN_SIZE},
   * {@code DECIMAL_DIGITS}) or a DDL string reports it, read as a portable type; a type with no portable
   * kind comes back as {@link Kind#RAW}. Arguments written in the name ({@code varchar(20)}) win over {@code size}.
   */
  abstract ColumnType fromNative(String typeName, Integer size, Integer decimalDigits);

  /** The stored form of a type that is not RAW: defaults filled in, aliases merged. */
  abstract ColumnType canonicalKind(ColumnType type);

  /** The type as the database stores it; see {@link Dialect#canonical(ColumnType)}. */
  final ColumnType canonical(ColumnType type) {
    if (type.kind() != Kind.RAW) {
      return canonicalKind(type);
    }
    ColumnType parsed = fromNative(type.raw(), null, null);
    return parsed.kind() == Kind.RAW ? ColumnType.raw(NativeTypeName.normalise(parsed.raw())) : canonicalKind(parsed);
  }

  // --- helpers shared by the databases ------------------------------------------------------------

  static ColumnType plain(Kind kind) {
    return ColumnType.of(kind);
  }

  static ColumnType sized(Kind kind, Integer length) {
    return new ColumnType(kind, length, null, null, null, null);
  }

  static ColumnType numeric(Integer precision, Integer scale) {
    return new ColumnType(Kind.NUMERIC, null, precision, scale, null, null);
  }

  static ColumnType withPrecision(Kind kind, Integer precision) {
    return ColumnType.withPrecision(kind, precision);
  }

  /**
   * A type with no portable kind, kept as RAW. A fixed-size type whose size JDBC reported apart from
   * its name ({@code BINARY} with size 16) gets the size written into the spelling ({@code binary(16)}).
   */
  static ColumnType unknown(String typeName, NativeTypeName parsed, Integer size) {
    if (!parsed.hasArguments() && size != null && parsed.base().matches("(var)?(char|binary|bit)")) {
      return ColumnType.raw(parsed.base() + "(" + size + ")");
    }
    return ColumnType.raw(typeName.trim());
  }

  /** {@code float(p)}: single precision up to 24 binary digits, double above (the SQL standard's rule). */
  static Kind floatKind(NativeTypeName name) {
    Integer bits = name.number(0, 53);
    return bits <= 24 ? Kind.REAL : Kind.DOUBLE;
  }

  static String withOptionalPrecision(String base, Integer precision) {
    return precision == null ? base : base + "(" + precision + ")";
  }

  static String numericSpelling(String base, ColumnType type) {
    if (type.precision() == null) {
      return base;
    }
    return base + "(" + type.precision() + (type.scale() == null ? "" : ", " + type.scale()) + ")";
  }

  static String enumSpelling(String base, ColumnType type) {
    if (type.values().isEmpty()) {
      throw new IllegalArgumentException("an enumeration type needs at least one value");
    }
    StringBuilder sql = new StringBuilder(base).append('(');
    for (int i = 0; i < type.values().size(); i++) {
      sql.append(i == 0 ? "" : ", ").append('\'').append(type.values().get(i).replace("'", "''")).append('\'');
    }
    return sql.append(')').toString();
  }

  static int longestValue(ColumnType type) {
    if (type.values().isEmpty()) {
      throw new IllegalArgumentException("an enumeration type needs at least one value");
    }
    return type.values().stream().mapToInt(String::length).max().orElseThrow();
  }

  static Integer requireLength(ColumnType type, String database) {
    if (type.length() == null) {
      throw new RetortException(database + " needs a length for " + type.kind()
          + " columns: write e.g. string(255) or binary(16)");
    }
    return type.length();
  }
}
