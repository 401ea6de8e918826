package io.retort.autogen.scan;

import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.SqlTypes;

/**
 * Maps the type Hibernate gives a column to a portable {@link ColumnType}. The JDBC type code chooses
 * the kind, the dialect-resolved {@link Size} gives length, precision and scale, and the DDL type
 * Hibernate emits settles what the code leaves open: a kind is only chosen when it is what Hibernate
 * really creates (PostgreSQL's {@code oid} large objects, MariaDB's {@code tinytext} or
 * {@code varchar(1)} for a {@code char}, {@code datetime} for an {@code Instant}, {@code tinyint}
 * on H2 and MariaDB, for which there is no portable kind). Everything
 * without a portable kind, and every {@code columnDefinition}, becomes {@link Kind#RAW}.
 */
final class TypeMapper {
  /** A type name with optional size, and nothing else: {@code text}, {@code varchar(20)}, {@code numeric(10, 2)}. */
  private static final java.util.regex.Pattern PLAIN_TYPE =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_ ]*(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?");

  private TypeMapper() {
  }

  /**
   * @param columnDefinition the {@code @Column(columnDefinition)}, or null
   * @param typeCode the column's {@link java.sql.Types} / {@link SqlTypes} code for the dialect
   * @param ddlType the type as Hibernate writes it in DDL for the dialect, e.g. {@code varchar(200)}
   * @param size the dialect-resolved length, precision and scale
   * @param target reads a {@code columnDefinition} that is just a type name as the portable type it
   *     spells ({@code text} is {@code text()}); anything longer stays raw
   */
  static ColumnType map(String columnDefinition, int typeCode, String ddlType, Size size,
      io.retort.runtime.dialect.Dialect target) {
    if (columnDefinition != null && !columnDefinition.isBlank()) {
      String definition = columnDefinition.strip();
      if (PLAIN_TYPE.matcher(definition).matches()) {
        ColumnType parsed = target.fromNative(definition, null, null);
        if (parsed.kind() != Kind.RAW) {
          return parsed;
        }
      }
      return ColumnType.raw(definition);
    }
    ColumnType type = portable(typeCode, ddlType.strip(), size);
    return type != null ? type : ColumnType.raw(ddlType.strip());
  }

  /** The portable type, or null when there is none for what Hibernate emits. */
  private static ColumnType portable(int typeCode, String ddlType, Size size) {
    String ddl = ddlType.toLowerCase(Locale.ROOT);
    switch (typeCode) {
      case SqlTypes.BOOLEAN:
        return ColumnType.of(Kind.BOOLEAN);
      case SqlTypes.BIT:
        return ddl.equals("bit") || ddl.equals("bit(1)") || ddl.equals("boolean") ? ColumnType.of(Kind.BOOLEAN) : null;
      case SqlTypes.TINYINT:
        return ddl.equals("smallint") ? ColumnType.of(Kind.SMALLINT) : null;
      case SqlTypes.SMALLINT:
        return ColumnType.of(Kind.SMALLINT);
      case SqlTypes.INTEGER:
        return ColumnType.of(Kind.INTEGER);
      case SqlTypes.BIGINT:
        return ColumnType.of(Kind.BIGINT);
      case SqlTypes.NUMERIC:
      case SqlTypes.DECIMAL:
        return new ColumnType(Kind.NUMERIC, null, size.getPrecision(), size.getScale(), List.of(), null);
      case SqlTypes.REAL:
        return ColumnType.of(Kind.REAL);
      case SqlTypes.FLOAT:
        return size.getPrecision() != null && size.getPrecision() <= 24 ? ColumnType.of(Kind.REAL) : ColumnType.of(Kind.DOUBLE);
      case SqlTypes.DOUBLE:
        return ColumnType.of(Kind.DOUBLE);
      case SqlTypes.CHAR:
      case SqlTypes.NCHAR:
        return sized(isVarchar(ddl) ? Kind.STRING : Kind.CHAR, size);
      case SqlTypes.VARCHAR:
      case SqlTypes.NVARCHAR:
        return sized(Kind.STRING, size);
      case SqlTypes.LONGVARCHAR:
      case SqlTypes.LONGNVARCHAR:
      case SqlTypes.LONG32VARCHAR:
      case SqlTypes.LONG32NVARCHAR:
      case SqlTypes.CLOB:
      case SqlTypes.NCLOB:
      case SqlTypes.MATERIALIZED_CLOB:
      case SqlTypes.MATERIALIZED_NCLOB:
        return characterLob(ddl);
      case SqlTypes.BINARY:
      case SqlTypes.VARBINARY:
        return sized(Kind.BINARY, size);
      case SqlTypes.LONGVARBINARY:
      case SqlTypes.LONG32VARBINARY:
      case SqlTypes.BLOB:
      case SqlTypes.MATERIALIZED_BLOB:
        return binaryLob(ddl);
      case SqlTypes.DATE:
        return ColumnType.of(Kind.DATE);
      case SqlTypes.TIME:
        return ColumnType.withPrecision(Kind.TIME, size.getPrecision());
      case SqlTypes.TIMESTAMP:
        return ColumnType.withPrecision(Kind.TIMESTAMP, size.getPrecision());
      case SqlTypes.TIMESTAMP_WITH_TIMEZONE:
      case SqlTypes.TIMESTAMP_UTC:
        return ColumnType.withPrecision(hasTimeZone(ddl) ? Kind.TIMESTAMP_TZ : Kind.TIMESTAMP, size.getPrecision());
      case SqlTypes.UUID:
        return ddl.equals("uuid") ? ColumnType.of(Kind.UUID) : null;
      case SqlTypes.JSON:
        return ColumnType.of(Kind.JSON);
      case SqlTypes.ENUM:
        return ddl.startsWith("enum") ? ColumnType.enumeration(enumValues(ddlType)) : null;
      default:
        return null;
    }
  }

  private static ColumnType sized(Kind kind, Size size) {
    Long length = size.getLength();
    if (length == null || length > Integer.MAX_VALUE) {
      return null;
    }
    return ColumnType.sized(kind, length.intValue());
  }

  private static boolean isVarchar(String ddl) {
    return ddl.startsWith("varchar") || ddl.startsWith("nvarchar") || ddl.startsWith("character varying");
  }

  private static boolean hasTimeZone(String ddl) {
    return ddl.contains("with time zone") || ddl.startsWith("timestamptz");
  }

  /** Long character data: PostgreSQL's {@code text}, a character large object, or (null) anything else. */
  private static ColumnType characterLob(String ddl) {
    return switch (ddl) {
      case "text" -> ColumnType.of(Kind.TEXT);
      case "clob", "character large object", "longtext" -> ColumnType.of(Kind.CLOB);
      default -> null;
    };
  }

  /** Long binary data: a binary large object, PostgreSQL's {@code bytea}, or (null) anything else. */
  private static ColumnType binaryLob(String ddl) {
    return switch (ddl) {
      case "blob", "binary large object", "longblob", "bytea" -> ColumnType.of(Kind.BLOB);
      default -> null;
    };
  }

  /** The values of {@code enum ('A','B')}, in the order written; {@code ''} inside a value is a quote. */
  static List<String> enumValues(String enumDdl) {
    List<String> values = new ArrayList<>();
    int open = enumDdl.indexOf('(');
    int close = enumDdl.lastIndexOf(')');
    int i = open + 1;
    while (open >= 0 && i < close) {
      if (enumDdl.charAt(i) != '\'') {
        i++;
        continue;
      }
      StringBuilder value = new StringBuilder();
      i++;
      while (i < close) {
        char c = enumDdl.charAt(i);
        if (c == '\'' && i + 1 < close && enumDdl.charAt(i + 1) == '\'') {
          value.append('\'');
          i += 2;
        } else if (c == '\'') {
          i++;
          break;
        } else {
          value.append(c);
          i++;
        }
      }
      values.add(value.toString());
    }
    return values;
  }
}
