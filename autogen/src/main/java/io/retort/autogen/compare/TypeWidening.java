package io.retort.autogen.compare;

import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a type change is clearly widening: every value of the old type fits the new one unchanged
 * ({@code varchar(100)} to {@code varchar(200)} or {@code text}, {@code integer} to {@code bigint},
 * {@code numeric(10,2)} to {@code numeric(12,2)}, an enum gaining values). Anything else, including
 * changes that are usually harmless but not certainly so, is not widening. Types are compared in the
 * dialect's canonical form.
 */
final class TypeWidening {
  private static final Set<Kind> UNBOUNDED_TEXT = Set.of(Kind.TEXT, Kind.CLOB);

  private TypeWidening() {
  }

  static boolean isWidening(ColumnType from, ColumnType to) {
    if (from.equals(to)) {
      return true;
    }
    return switch (from.kind()) {
      case SMALLINT -> Set.of(Kind.INTEGER, Kind.BIGINT, Kind.REAL, Kind.DOUBLE).contains(to.kind())
          || numericHoldsDigits(to, 5);
      case INTEGER -> Set.of(Kind.BIGINT, Kind.DOUBLE).contains(to.kind()) || numericHoldsDigits(to, 10);
      case BIGINT -> numericHoldsDigits(to, 19);
      case REAL -> to.kind() == Kind.DOUBLE;
      case NUMERIC -> to.kind() == Kind.NUMERIC && numericWidens(from, to);
      case STRING -> (to.kind() == Kind.STRING && lengthWidens(from.length(), to.length()))
          || UNBOUNDED_TEXT.contains(to.kind());
      case CHAR -> ((to.kind() == Kind.CHAR || to.kind() == Kind.STRING) && lengthWidens(from.length(), to.length()))
          || UNBOUNDED_TEXT.contains(to.kind());
      case TEXT, CLOB -> UNBOUNDED_TEXT.contains(to.kind());
      case BINARY -> (to.kind() == Kind.BINARY && lengthWidens(from.length(), to.length())) || to.kind() == Kind.BLOB;
      case DATE -> to.kind() == Kind.TIMESTAMP;
      case TIME, TIMESTAMP, TIMESTAMP_TZ -> to.kind() == from.kind() && precisionWidens(from.precision(), to.precision());
      case ENUM -> (to.kind() == Kind.ENUM && to.values().containsAll(from.values()))
          || (to.kind() == Kind.STRING && to.length() != null && longestValue(from) <= to.length())
          || UNBOUNDED_TEXT.contains(to.kind());
      case UUID -> (to.kind() == Kind.STRING && (to.length() == null || to.length() >= 36))
          || UNBOUNDED_TEXT.contains(to.kind());
      default -> false;
    };
  }

  /** A null length is unbounded. */
  private static boolean lengthWidens(Integer from, Integer to) {
    return to == null || (from != null && to >= from);
  }

  /** A null precision is the dialect's default, which only equals itself. */
  private static boolean precisionWidens(Integer from, Integer to) {
    return Objects.equals(from, to) || (from != null && to != null && to >= from);
  }

  /** numeric(p,s) keeps all values when it keeps as many digits left and right of the point. */
  private static boolean numericWidens(ColumnType from, ColumnType to) {
    if (to.precision() == null) {
      return true;
    }
    if (from.precision() == null) {
      return false;
    }
    int fromScale = from.scale() == null ? 0 : from.scale();
    int toScale = to.scale() == null ? 0 : to.scale();
    return toScale >= fromScale && to.precision() - toScale >= from.precision() - fromScale;
  }

  private static boolean numericHoldsDigits(ColumnType to, int integerDigits) {
    if (to.kind() != Kind.NUMERIC) {
      return false;
    }
    if (to.precision() == null) {
      return true;
    }
    int scale = to.scale() == null ? 0 : to.scale();
    return to.precision() - scale >= integerDigits;
  }

  private static int longestValue(ColumnType enumType) {
    return enumType.values().stream().mapToInt(String::length).max().orElse(0);
  }
}
