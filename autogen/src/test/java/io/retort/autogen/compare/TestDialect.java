package io.retort.autogen.compare;

import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.SqlStatement;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;

/**
 * A dialect for comparator unit tests: only what the comparator calls ({@code name}, {@code canonical},
 * {@code canonicalDefault}, {@code quote}), with a few equivalences real databases have: CLOB is TEXT,
 * time types without precision have 6 digits, {@code int4}/{@code int8}/{@code bool} are raw spellings
 * of portable types, and on MariaDB {@code tinyint(1)} is boolean.
 */
final class TestDialect implements Dialect {
  private final String name;

  TestDialect(String name) {
    this.name = name;
  }

  static TestDialect postgres() {
    return new TestDialect("postgresql");
  }

  static TestDialect mariadb() {
    return new TestDialect("mariadb");
  }

  static TestDialect h2() {
    return new TestDialect("h2");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String quote(String identifier) {
    return "\"" + identifier.replace("\"", "") + "\"";
  }

  @Override
  public ColumnType canonical(ColumnType type) {
    switch (type.kind()) {
      case CLOB:
        return ColumnType.of(Kind.TEXT);
      case TIME:
      case TIMESTAMP:
      case TIMESTAMP_TZ:
        return type.precision() == null ? ColumnType.withPrecision(type.kind(), 6) : type;
      case RAW:
        return raw(type.raw().toLowerCase(Locale.ROOT).replace(" ", ""), type);
      default:
        return type;
    }
  }

  private ColumnType raw(String spelling, ColumnType type) {
    switch (spelling) {
      case "int4":
      case "int":
        return ColumnType.of(Kind.INTEGER);
      case "int8":
        return ColumnType.of(Kind.BIGINT);
      case "bool":
        return ColumnType.of(Kind.BOOLEAN);
      case "tinyint(1)":
        return name.equals("mariadb") ? ColumnType.of(Kind.BOOLEAN) : type;
      default:
        return type;
    }
  }

  @Override
  public String canonicalDefault(String serverDefault, ColumnType type) {
    if (serverDefault == null) {
      return null;
    }
    String s = serverDefault.strip();
    String previous;
    do {
      previous = s;
      s = s.replaceAll("::[a-z ]+$", "");
      if (s.startsWith("(") && s.endsWith(")")) {
        s = s.substring(1, s.length() - 1).strip();
      }
    } while (!s.equals(previous));
    if (s.matches("'-?[0-9.]+'")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }

  @Override
  public String storedName(String identifier) {
    throw new UnsupportedOperationException("not used by the comparator");
  }

  @Override
  public ColumnType fromNative(String typeName, Integer size, Integer decimalDigits) {
    throw new UnsupportedOperationException("not used by the comparator");
  }

  @Override
  public String renderType(ColumnType type) {
    throw new UnsupportedOperationException("not used by the comparator");
  }

  @Override
  public List<SqlStatement> statements(Operation operation) {
    throw new UnsupportedOperationException("not used by the comparator");
  }

  @Override
  public String literal(Object value) {
    throw new UnsupportedOperationException("not used by the comparator");
  }

  @Override
  public String inline(SqlStatement statement) {
    throw new UnsupportedOperationException("not used by the comparator");
  }

  @Override
  public boolean transactionalDdl() {
    throw new UnsupportedOperationException("not used by the comparator");
  }

  @Override
  public SqlStatement createVersionTable(String versionTable) {
    throw new UnsupportedOperationException("not used by the comparator");
  }

  @Override
  public MigrationLock lock(Connection connection, String lockName, int timeoutSeconds) {
    throw new UnsupportedOperationException("not used by the comparator");
  }
}
