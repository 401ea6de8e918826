package io.retort.runtime.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * H2 2.x in its default mode: unquoted names fold to upper case. Types: see {@link H2Types}.
 *
 * <p>DDL is not transactional: H2 2.5 commits the open transaction when it runs a DDL statement. With
 * auto-commit off, an INSERT, then CREATE TABLE, then another INSERT, then ALTER TABLE, then
 * {@code rollback()} leaves the table, the new column and both rows in place (checked by
 * {@code DialectIntegrationTest}).
 *
 * <p>The migration lock is held in this JVM, keyed by the database URL and the lock name, and released
 * by {@link MigrationLock#close()}; other processes cannot reach the database at the same time anyway,
 * because H2 locks a file database for the process that opened it (unless {@code AUTO_SERVER=TRUE}).
 */
public final class H2Dialect extends AbstractDialect {

  public H2Dialect() {
    super(new H2Types(), SqlSyntax.H2, new SqlLiterals(SqlLiterals.Style.STANDARD));
  }

  @Override
  public String name() {
    return "h2";
  }

  @Override
  String fold(String unquotedName) {
    return unquotedName.toUpperCase(Locale.ROOT);
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public MigrationLock lock(Connection connection, String name, int timeoutSeconds) throws SQLException {
    return lock(connection, name, timeoutSeconds, LockWait.QUIET);
  }

  @Override
  public MigrationLock lock(Connection connection, String name, int timeoutSeconds, LockWait wait) throws SQLException {
    return JvmMigrationLock.acquire(connection, name, timeoutSeconds, wait);
  }
}
