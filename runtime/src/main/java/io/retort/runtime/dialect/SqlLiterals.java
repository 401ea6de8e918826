package io.retort.runtime.dialect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Java values as SQL literals, for offline scripts. Strings are quoted with doubled quotes (and on
 * MariaDB, whose strings read backslash escapes, with doubled backslashes); dates and times are typed
 * literals ({@code DATE '2026-11-26'}, {@code TIMESTAMP '2026-11-26 10:00:00.5'}); byte arrays are hex.
 * A point in time ({@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime}) keeps its offset where
 * the database has a zoned timestamp and is written in UTC where it does not (MariaDB).
 */
final class SqlLiterals {

  /** How a database writes binary strings and points in time. */
  enum Style {
    /** H2: {@code X'cafe'}, {@code TIMESTAMP WITH TIME ZONE '...+02:00'}. */
    STANDARD,
    /** PostgreSQL: {@code '\xcafe'::bytea}, {@code TIMESTAMP WITH TIME ZONE '...+02:00'}. */
    POSTGRESQL,
    /** MariaDB: {@code X'cafe'}, backslashes doubled in strings, points in time as UTC {@code TIMESTAMP '...'}. */
    MARIADB
  }

  private final Style style;

  SqlLiterals(Style style) {
    this.style = style;
  }

  String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Float || value instanceof Double) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("no SQL literal for the floating-point value " + value);
      }
      return value.toString();
    }
    if (value instanceof CharSequence || value instanceof Character) {
      return string(value.toString());
    }
    if (value instanceof Enum<?> e) {
      return string(e.name());
    }
    if (value instanceof UUID uuid) {
      return string(uuid.toString());
    }
    if (value instanceof byte[] bytes) {
      return bytes(bytes);
    }
    return temporal(value);
  }

  private String temporal(Object value) {
    if (value instanceof java.sql.Date d) {
      return temporal(d.toLocalDate());
    }
    if (value instanceof java.sql.Time t) {
      return temporal(t.toLocalTime());
    }
    if (value instanceof java.sql.Timestamp t) {
      return temporal(t.toLocalDateTime());
    }
    if (value instanceof LocalDate d) {
      return "DATE '" + d + "'";
    }
    if (value instanceof LocalTime t) {
      return "TIME '" + time(t) + "'";
    }
    if (value instanceof LocalDateTime t) {
      return "TIMESTAMP '" + t.toLocalDate() + " " + time(t.toLocalTime()) + "'";
    }
    if (value instanceof Instant i) {
      return temporal(i.atOffset(ZoneOffset.UTC));
    }
    if (value instanceof ZonedDateTime z) {
      return temporal(z.toOffsetDateTime());
    }
    if (value instanceof OffsetDateTime t) {
      if (style == Style.MARIADB) {
        return temporal(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
      }
      return "TIMESTAMP WITH TIME ZONE '" + t.toLocalDate() + " " + time(t.toLocalTime()) + t.getOffset().getId()
          .replace("Z", "+00:00") + "'";
    }
    throw new IllegalArgumentException("no SQL literal for a " + value.getClass().getName() + ": " + value);
  }

  private String string(String text) {
    String escaped = text.replace("'", "''");
    if (style == Style.MARIADB) {
      escaped = escaped.replace("\\", "\\\\").replace("\0", "\\0");
    }
    return "'" + escaped + "'";
  }

  private String bytes(byte[] bytes) {
    String hex = HexFormat.of().formatHex(bytes);
    return style == Style.POSTGRESQL ? "'\\x" + hex + "'::bytea" : "X'" + hex + "'";
  }

  /** {@code hh:mm:ss} with as many fractional digits as the value has, never {@code hh:mm} alone. */
  private static String time(LocalTime t) {
    String text = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    if (t.getNano() == 0) {
      return text;
    }
    String fraction = String.format("%09d", t.getNano()).replaceAll("0+$", "");
    return text + "." + fraction;
  }
}
