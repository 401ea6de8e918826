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

  /**
   * The name as the database stores it in its catalog, without quotes: an unquoted name folded as
   * the database folds it ({@code PRODUCTS} on H2, {@code products} on PostgreSQL, as written on
   * MariaDB), a double-quoted name exactly as written inside the quotes. Use it to look names up in
   * {@link java.sql.DatabaseMetaData}.
   */
  String storedName(String identifier);

  /** The type as this database spells it in DDL. */
  String renderType(ColumnType type);

  /**
   * The statements that carry out one operation: DDL without parameters; {@code Execute} as its
   * statement and parameters; {@code BulkInsert} as INSERTs with {@code ?} parameters.
   *
   * @throws IllegalArgumentException for {@link io.retort.runtime.ops.RunJdbc}, which has no SQL: the caller runs it
   * @throws io.retort.runtime.RetortException when this database needs more than the operation says
   *     (MariaDB's column restatement without the existing column)
   */
  List<SqlStatement> statements(Operation operation);

  /** A value as an SQL literal, for offline scripts: strings quoted and escaped, dates typed. */
  String literal(Object value);

  /**
   * The statement as text with its parameters written as literals, for offline scripts. A {@code ?}
   * inside a string literal, a quoted identifier or a comment is not a parameter.
   *
   * @throws IllegalArgumentException when the statement has more or fewer parameters than values
   */
  String inline(SqlStatement statement);

  /**
   * The type as this database actually stores it, so that equivalent spellings compare equal:
   * e.g. CLOB is TEXT on PostgreSQL, a timestamp without precision is timestamp(6) on PostgreSQL and
   * datetime(0) on MariaDB, MariaDB's tinyint(1) and bit(1) are BOOLEAN. The comparator compares
   * {@code canonical(a).equals(canonical(b))}; this is the one place type equivalence lives.
   * A RAW type that spells a known kind ({@code raw("int4")}, {@code raw("character varying(255)")})
   * canonicalises as that kind; other RAW types compare by their spelling, ignoring case and spacing.
   */
  ColumnType canonical(ColumnType type);

  /**
   * A type as the database reports it, read as a portable type: {@code typeName}, {@code size} and
   * {@code decimalDigits} are {@code TYPE_NAME}, {@code COLUMN_SIZE} and {@code DECIMAL_DIGITS} of
   * {@link java.sql.DatabaseMetaData#getColumns}, or a DDL spelling such as {@code character varying(255)}
   * with null sizes (arguments in the name win over {@code size}). PostgreSQL {@code int8} is BIGINT,
   * {@code timestamptz} with 6 digits is TIMESTAMP_TZ(6); MariaDB {@code DATETIME} of size 26 is
   * TIMESTAMP(6), {@code BOOLEAN}/{@code tinyint(1)}/{@code BIT} of size 1 are BOOLEAN; H2
   * {@code CHARACTER VARYING} is STRING. A type with no portable kind comes back as
   * {@link ColumnType.Kind#RAW} in the database's spelling. MariaDB reports an ENUM's values only in
   * {@code information_schema.columns.column_type}: pass that ({@code enum('A','B')}) as the type name.
   */
  ColumnType fromNative(String typeName, Integer size, Integer decimalDigits);

  /**
   * A server default as this database reports it back, so that {@code 0}, {@code (0)}, {@code '0'::integer}
   * compare equal. Null stays null.
   */
  String canonicalDefault(String serverDefault, ColumnType type);

  /**
   * Whether DDL statements take part in transactions, so that a failed migration's DDL is rolled back
   * (PostgreSQL yes; MariaDB and H2 no: each DDL statement commits the open transaction).
   */
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
   *
   * @throws MigrationLockTimeoutException when another session holds the lock for the whole timeout
   */
  MigrationLock lock(Connection connection, String name, int timeoutSeconds) throws SQLException;

  /**
   * As {@link #lock(Connection, String, int)}, telling {@code wait} who holds the lock when it is
   * not free at the first try, and asking it between attempts whether to stop waiting.
   */
  default MigrationLock lock(Connection connection, String name, int timeoutSeconds, LockWait wait) throws SQLException {
    return lock(connection, name, timeoutSeconds);
  }

  /** A held lock. */
  interface MigrationLock extends AutoCloseable {
    @Override
    void close() throws SQLException;
  }
}
