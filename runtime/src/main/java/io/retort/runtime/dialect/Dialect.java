package io.retort.runtime.dialect;

import io.retort.runtime.ops.Operation;
import io.retort.runtime.schema.ColumnType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Everything that differs between databases: quoting, type spelling, the DDL of each
 * {@link Operation}, literals for offline scripts, transactional DDL, and the migration lock.
 */
public interface Dialect {

  /** {@code h2}, {@code postgresql} or {@code mariadb}. */
  String name();

  /**
   * Quotes an identifier so that reserved words ({@code order}, {@code user}) work while the name
   * still means what it means unquoted: it is folded as the database folds unquoted names
   * ({@code products} becomes {@code "PRODUCTS"} on H2, {@code "products"} on PostgreSQL). A name
   * written in double quotes keeps its case.
   */
  String quote(String identifier);

  /** The type as this database spells it in DDL. */
  String renderType(ColumnType type);

  /**
   * The statements that carry out one operation. {@link io.retort.runtime.ops.RunJdbc} has no SQL and
   * is rejected here; the caller runs it.
   */
  List<SqlStatement> statements(Operation operation);

  /** A value as an SQL literal, for offline scripts: strings quoted and escaped, dates typed. */
  String literal(Object value);

  /**
   * The statement as text with its parameters written as literals, for offline scripts. A {@code ?}
   * inside a quoted string or identifier is not a parameter.
   */
  String inline(SqlStatement statement);

  /**
   * The type as this database actually stores it, so that equivalent spellings compare equal:
   * e.g. CLOB is TEXT on PostgreSQL, a timestamp without precision is timestamp(6) on PostgreSQL and
   * datetime(0) on MariaDB, MariaDB's tinyint(1) and bit(1) are BOOLEAN. The comparator compares
   * {@code canonical(a).equals(canonical(b))}; this is the one place type equivalence lives.
   */
  ColumnType canonical(ColumnType type);

  /**
   * A server default as this database reports it back, so that {@code 0}, {@code (0)}, {@code '0'::integer}
   * compare equal. Null stays null.
   */
  String canonicalDefault(String serverDefault, ColumnType type);

  /** Whether DDL statements take part in transactions (PostgreSQL yes; MariaDB no: each DDL commits). */
  boolean transactionalDdl();

  /** The text that ends a statement in a script ({@code ;}). */
  default String statementTerminator() {
    return ";";
  }

  /** Creates the version table if it does not exist: {@code version_num varchar(32) primary key}. */
  SqlStatement createVersionTable(String versionTable);

  /**
   * Takes the migration lock named {@code name} for this connection's session, waiting up to
   * {@code timeoutSeconds}; released by {@link MigrationLock#close()} or when the connection dies.
   */
  MigrationLock lock(Connection connection, String name, int timeoutSeconds) throws SQLException;

  /** A held lock. */
  interface MigrationLock extends AutoCloseable {
    @Override
    void close() throws SQLException;
  }
}
