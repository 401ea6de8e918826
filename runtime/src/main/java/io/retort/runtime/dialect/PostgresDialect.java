package io.retort.runtime.dialect;

import io.retort.runtime.schema.ColumnType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * PostgreSQL. Unquoted names fold to lower case; DDL is transactional; a type change converts the
 * existing values with {@code USING column::type}; the migration lock is a session advisory lock.
 * Types: see {@link PostgresTypes}.
 */
public final class PostgresDialect extends AbstractDialect {

  public PostgresDialect() {
    super(new PostgresTypes(), SqlSyntax.POSTGRESQL, new SqlLiterals(SqlLiterals.Style.POSTGRESQL));
  }

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  String fold(String unquotedName) {
    return unquotedName.toLowerCase(Locale.ROOT);
  }

  @Override
  String changeType(String column, ColumnType type) {
    String rendered = renderType(type);
    return "TYPE " + rendered + " USING " + quote(column) + "::" + rendered;
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public MigrationLock lock(Connection connection, String name, int timeoutSeconds) throws SQLException {
    return lock(connection, name, timeoutSeconds, LockWait.QUIET);
  }

  @Override
  public MigrationLock lock(Connection connection, String name, int timeoutSeconds, LockWait wait) throws SQLException {
    return PostgresAdvisoryLock.acquire(connection, name, timeoutSeconds, wait);
  }
}
