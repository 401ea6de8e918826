package io.retort.runtime.dialect;

import io.retort.runtime.RetortException;
import io.retort.runtime.ops.AlterColumn;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.schema.Column;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB (10.7 or later, for the {@code uuid} type; sequences need 10.3, {@code RENAME COLUMN} 10.5)
 * and MySQL URLs. Names are quoted with backticks and keep their case. DDL is not transactional.
 * A type or nullability change restates the whole column with {@code MODIFY COLUMN}, so it needs the
 * column as it is ({@link AlterColumn#existing()}). Each kind of constraint is dropped with its own
 * statement. String literals double backslashes, as the default {@code sql_mode} reads them as escapes.
 * The migration lock is {@code GET_LOCK}. Types: see {@link MariaDbTypes}.
 */
public final class MariaDbDialect extends AbstractDialect {

  public MariaDbDialect() {
    super(new MariaDbTypes(), SqlSyntax.MARIADB, new SqlLiterals(SqlLiterals.Style.MARIADB));
  }

  @Override
  public String name() {
    return "mariadb";
  }

  @Override
  String fold(String unquotedName) {
    return unquotedName;
  }

  @Override
  char identifierQuote() {
    return '`';
  }

  @Override
  String identityClause() {
    return "AUTO_INCREMENT";
  }

  @Override
  List<SqlStatement> alterColumn(AlterColumn change) {
    List<SqlStatement> statements = new ArrayList<>();
    boolean restate = change.type() != null || change.nullable() != null;
    if (restate) {
      Column after = change.after().orElseThrow(() -> missingExisting(change)).withName(change.column());
      statements.add(SqlStatement.of(alterTable(change.table()) + "MODIFY COLUMN " + columnDefinition(after)));
    } else {
      statements.addAll(changeDefault(change, alterTable(change.table()) + "ALTER COLUMN " + quote(change.column()) + " ", false));
    }
    if (change.newName() != null) {
      statements.add(SqlStatement.of(renameColumn(change.table(), change.column(), change.newName())));
    }
    return statements;
  }

  private static RetortException missingExisting(AlterColumn change) {
    return new RetortException("MariaDB changes the type or nullability of " + change.table() + "." + change.column()
        + " by restating the whole column (MODIFY COLUMN), so it needs the column as it is now: add existingType(...)"
        + " and, where they apply, existingNullable(...) and existingServerDefault(...) to the alterColumn call"
        + " (Alembic's existing_type)");
  }

  @Override
  String renameTable(String table, String newName) {
    return "RENAME TABLE " + quote(table) + " TO " + quote(newName);
  }

  @Override
  String dropIndex(String table, String name) {
    return "DROP INDEX " + quote(name) + " ON " + quote(table);
  }

  @Override
  String dropConstraint(DropConstraint drop) {
    String what = switch (drop.kind()) {
      case FOREIGN_KEY -> "DROP FOREIGN KEY ";
      case UNIQUE -> "DROP INDEX ";
      case CHECK -> "DROP CONSTRAINT ";
    };
    return alterTable(drop.table()) + what + quote(drop.name());
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
    return MariaDbNamedLock.acquire(connection, name, timeoutSeconds, wait);
  }
}
