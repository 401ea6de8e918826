package io.retort.autogen.render;

import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Java expressions for the values an {@code op.execute(...)} or {@code op.bulkInsert(...)} carries,
 * each evaluating to an equal value of the same class: {@code 5} (Integer), {@code 5L} (Long),
 * {@code new BigDecimal("9.90")}, {@code LocalDate.parse("2026-01-31")}, {@code "text"}, {@code null}...
 */
final class JavaLiterals {
  private JavaLiterals() {
  }

  static CodeBlock of(Object value) {
    if (value == null) {
      return CodeBlock.of("null");
    }
    if (value instanceof String s) {
      return CodeBlock.of("$S", s);
    }
    if (value instanceof Integer || value instanceof Boolean) {
      return CodeBlock.of("$L", value);
    }
    if (value instanceof Long l) {
      return CodeBlock.of("$LL", l);
    }
    if (value instanceof Short s) {
      return CodeBlock.of("(short) $L", s);
    }
    if (value instanceof Byte b) {
      return CodeBlock.of("(byte) $L", b);
    }
    if (value instanceof Double d) {
      return doubleLiteral(d);
    }
    if (value instanceof Float f) {
      return floatLiteral(f);
    }
    if (value instanceof BigDecimal || value instanceof BigInteger) {
      return CodeBlock.of("new $T($S)", value.getClass(), value.toString());
    }
    if (value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime
        || value instanceof OffsetDateTime || value instanceof Instant) {
      return CodeBlock.of("$T.parse($S)", value.getClass(), value.toString());
    }
    if (value instanceof UUID) {
      return CodeBlock.of("$T.fromString($S)", UUID.class, value.toString());
    }
    throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " value as Java: " + value
        + " (use String, a number, Boolean, BigDecimal, a java.time date or time, UUID or null)");
  }

  /** A {@code long} argument: plain when it fits an {@code int}, with an {@code L} otherwise. */
  static CodeBlock ofLong(long value) {
    return value == (int) value ? CodeBlock.of("$L", value) : CodeBlock.of("$LL", value);
  }

  private static CodeBlock doubleLiteral(double d) {
    if (Double.isNaN(d)) {
      return CodeBlock.of("$T.NaN", Double.class);
    }
    if (Double.isInfinite(d)) {
      return CodeBlock.of(d > 0 ? "$T.POSITIVE_INFINITY" : "$T.NEGATIVE_INFINITY", Double.class);
    }
    return CodeBlock.of("$L", Double.toString(d));
  }

  private static CodeBlock floatLiteral(float f) {
    if (Float.isNaN(f)) {
      return CodeBlock.of("$T.NaN", Float.class);
    }
    if (Float.isInfinite(f)) {
      return CodeBlock.of(f > 0 ? "$T.POSITIVE_INFINITY" : "$T.NEGATIVE_INFINITY", Float.class);
    }
    return CodeBlock.of("$Lf", Float.toString(f));
  }
}
