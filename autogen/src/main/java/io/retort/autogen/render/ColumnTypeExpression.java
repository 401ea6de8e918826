package io.retort.autogen.render;

import com.palantir.javapoet.CodeBlock;
import io.retort.runtime.api.Columns;
import io.retort.runtime.schema.ColumnType;
import java.util.List;
import java.util.function.Function;

/**
 * The Java expression for a portable column type: the {@link Columns} factory that builds exactly
 * that type ({@code string(200)}, {@code numeric(10, 2)}, {@code timestampTz(6)}, {@code raw("citext")}),
 * or, for a combination no factory builds (a {@code string} without length, say), the
 * {@code new ColumnType(...)} constructor, so the rendered code always evaluates to an equal value.
 */
final class ColumnTypeExpression {

  /** A {@link Columns} factory call with literal arguments, and the value it returns. */
  private record FactoryCall(String method, List<?> arguments, ColumnType value) {
    static FactoryCall of(String method, ColumnType value, Object... arguments) {
      return new FactoryCall(method, List.of(arguments), value);
    }
  }

  private ColumnTypeExpression() {
  }

  /**
   * @param type the type to write
   * @param columnsMember a reference to a static member of {@link Columns}, recording its import
   */
  static CodeBlock of(ColumnType type, Function<String, CodeBlock> columnsMember) {
    FactoryCall factory = factoryCall(type);
    if (factory != null && factory.value().equals(type)) {
      List<CodeBlock> arguments = factory.arguments().stream()
          .map(a -> a instanceof String s ? CodeBlock.of("$S", s) : CodeBlock.of("$L", a))
          .toList();
      return CodeBlock.of("$L($L)", columnsMember.apply(factory.method()), CodeBlock.join(arguments, ", "));
    }
    return constructor(type);
  }

  /** The factory for the type's kind and the parameters it has, or null when no factory fits. */
  private static FactoryCall factoryCall(ColumnType t) {
    Integer length = t.length();
    Integer precision = t.precision();
    return switch (t.kind()) {
      case SMALLINT -> FactoryCall.of("smallInteger", Columns.smallInteger());
      case INTEGER -> FactoryCall.of("integer", Columns.integer());
      case BIGINT -> FactoryCall.of("bigInteger", Columns.bigInteger());
      case NUMERIC -> precision == null ? FactoryCall.of("numeric", Columns.numeric())
          : t.scale() == null ? FactoryCall.of("numeric", Columns.numeric(precision), precision)
          : FactoryCall.of("numeric", Columns.numeric(precision, t.scale()), precision, t.scale());
      case REAL -> FactoryCall.of("real", Columns.real());
      case DOUBLE -> FactoryCall.of("doublePrecision", Columns.doublePrecision());
      case BOOLEAN -> FactoryCall.of("bool", Columns.bool());
      case STRING -> length == null ? null : FactoryCall.of("string", Columns.string(length), length);
      case CHAR -> length == null ? null : FactoryCall.of("character", Columns.character(length), length);
      case TEXT -> FactoryCall.of("text", Columns.text());
      case CLOB -> FactoryCall.of("clob", Columns.clob());
      case DATE -> FactoryCall.of("date", Columns.date());
      case TIME -> precision == null ? FactoryCall.of("time", Columns.time())
          : FactoryCall.of("time", Columns.time(precision), precision);
      case TIMESTAMP -> precision == null ? FactoryCall.of("timestamp", Columns.timestamp())
          : FactoryCall.of("timestamp", Columns.timestamp(precision), precision);
      case TIMESTAMP_TZ -> precision == null ? FactoryCall.of("timestampTz", Columns.timestampTz())
          : FactoryCall.of("timestampTz", Columns.timestampTz(precision), precision);
      case UUID -> FactoryCall.of("uuid", Columns.uuid());
      case BINARY -> length == null ? null : FactoryCall.of("binary", Columns.binary(length), length);
      case BLOB -> FactoryCall.of("blob", Columns.blob());
      case JSON -> FactoryCall.of("json", Columns.json());
      case ENUM -> new FactoryCall("enumeration", t.values(), Columns.enumeration(t.values().toArray(String[]::new)));
      case RAW -> FactoryCall.of("raw", Columns.raw(t.raw()), t.raw());
    };
  }

  /** {@code new ColumnType(ColumnType.Kind.STRING, null, null, null, List.of(), null)}. */
  private static CodeBlock constructor(ColumnType t) {
    return CodeBlock.of("new $T($T.$L, $L, $L, $L, $T.of($L), $L)", ColumnType.class, ColumnType.Kind.class,
        t.kind().name(), t.length(), t.precision(), t.scale(), List.class, SchemaExpressions.strings(t.values()),
        t.raw() == null ? CodeBlock.of("null") : CodeBlock.of("$S", t.raw()));
  }
}
