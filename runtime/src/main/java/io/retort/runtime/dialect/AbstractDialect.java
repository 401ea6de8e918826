package io.retort.runtime.dialect;

import io.retort.runtime.ops.AddColumn;
import io.retort.runtime.ops.AlterColumn;
import io.retort.runtime.ops.BulkInsert;
import io.retort.runtime.ops.CreateCheckConstraint;
import io.retort.runtime.ops.CreateForeignKey;
import io.retort.runtime.ops.CreateIndex;
import io.retort.runtime.ops.CreateSequence;
import io.retort.runtime.ops.CreateTable;
import io.retort.runtime.ops.CreateUniqueConstraint;
import io.retort.runtime.ops.DropColumn;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.DropIndex;
import io.retort.runtime.ops.DropSequence;
import io.retort.runtime.ops.DropTable;
import io.retort.runtime.ops.Execute;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.ops.RenameTable;
import io.retort.runtime.ops.RunJdbc;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What the three databases share: standard SQL DDL for every {@link Operation}, quoting, literals and
 * inlining, server-default normalisation, the version table. A subclass says how its database folds
 * and quotes names, which {@link TypeMapping} it uses, and overrides the few statements it spells
 * differently (as Alembic's {@code ddl/<database>.py} override its {@code DefaultImpl}).
 */
abstract class AbstractDialect implements Dialect {
  /** Rows per INSERT statement of a bulk insert. */
  static final int ROWS_PER_INSERT = 100;
  static final String INDENT = "    ";

  private final TypeMapping types;
  private final SqlScanner scanner;
  private final ServerDefaults defaults;
  private final SqlLiterals literals;

  AbstractDialect(TypeMapping types, SqlSyntax syntax, SqlLiterals literals) {
    this.types = types;
    this.scanner = new SqlScanner(syntax);
    this.defaults = new ServerDefaults(syntax);
    this.literals = literals;
  }

  // --- names ------------------------------------------------------------------------------------

  /** How this database folds an unquoted name. */
  abstract String fold(String unquotedName);

  /** The character that quotes identifiers. */
  char identifierQuote() {
    return '"';
  }

  @Override
  public final String storedName(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    return Names.isQuoted(identifier) ? Names.unquoted(identifier) : fold(identifier);
  }

  /**
   * {@inheritDoc} A qualified name ({@code inventory.stock_items}, as {@code @Table(schema = ...)}
   * gives) is quoted part by part.
   */
  @Override
  public final String quote(String identifier) {
    List<String> parts = Names.parts(identifier);
    StringJoiner quoted = new StringJoiner(".");
    for (String part : parts) {
      String quote = String.valueOf(identifierQuote());
      quoted.add(quote + storedName(part).replace(quote, quote + quote) + quote);
    }
    return quoted.toString();
  }

  final String quoteAll(List<String> identifiers) {
    StringJoiner joined = new StringJoiner(", ");
    identifiers.forEach(name -> joined.add(quote(name)));
    return joined.toString();
  }

  // --- types and defaults ---------------------------------------------------------------------

  @Override
  public final String renderType(ColumnType type) {
    return types.render(type);
  }

  @Override
  public final ColumnType canonical(ColumnType type) {
    return types.canonical(type);
  }

  @Override
  public final ColumnType fromNative(String typeName, Integer size, Integer decimalDigits) {
    Objects.requireNonNull(typeName, "typeName");
    return types.fromNative(typeName, size, decimalDigits);
  }

  @Override
  public final String canonicalDefault(String serverDefault, ColumnType type) {
    return defaults.canonical(serverDefault, type == null ? null : canonical(type));
  }

  // --- statements -------------------------------------------------------------------------------

  @Override
  public final List<SqlStatement> statements(Operation operation) {
    if (operation instanceof CreateTable o) {
      return createTable(o.table());
    }
    if (operation instanceof DropTable o) {
      return ddl("DROP TABLE " + quote(o.table()));
    }
    if (operation instanceof AddColumn o) {
      return ddl(alterTable(o.table()) + "ADD COLUMN " + columnDefinition(o.column()));
    }
    if (operation instanceof DropColumn o) {
      return ddl(alterTable(o.table()) + "DROP COLUMN " + quote(o.column()));
    }
    if (operation instanceof AlterColumn o) {
      return alterColumn(o);
    }
    if (operation instanceof RenameTable o) {
      return ddl(renameTable(o.table(), o.newName()));
    }
    if (operation instanceof CreateIndex o) {
      return ddl(createIndex(o.table(), o.index()));
    }
    if (operation instanceof DropIndex o) {
      return ddl(dropIndex(o.table(), o.name()));
    }
    if (operation instanceof CreateUniqueConstraint o) {
      return ddl(alterTable(o.table()) + "ADD " + uniqueClause(o.constraint()));
    }
    if (operation instanceof CreateCheckConstraint o) {
      return ddl(alterTable(o.table()) + "ADD " + checkClause(o.constraint()));
    }
    if (operation instanceof CreateForeignKey o) {
      return ddl(alterTable(o.table()) + "ADD " + foreignKeyClause(o.foreignKey()));
    }
    if (operation instanceof DropConstraint o) {
      return ddl(dropConstraint(o));
    }
    if (operation instanceof CreateSequence o) {
      return ddl("CREATE SEQUENCE " + quote(o.sequence().name()) + " START WITH " + o.sequence().start()
          + " INCREMENT BY " + o.sequence().increment());
    }
    if (operation instanceof DropSequence o) {
      return ddl("DROP SEQUENCE " + quote(o.name()));
    }
    if (operation instanceof Execute o) {
      return List.of(new SqlStatement(o.sql(), o.parameters()));
    }
    if (operation instanceof BulkInsert o) {
      return bulkInsert(o);
    }
    if (operation instanceof RunJdbc o) {
      throw new IllegalArgumentException("'" + o.description() + "' is Java code, not SQL: the caller runs it on the connection");
    }
    throw new IllegalArgumentException("no SQL for " + operation);
  }

  @Override
  public SqlStatement createVersionTable(String versionTable) {
    String column = quote("version_num");
    return SqlStatement.of("CREATE TABLE IF NOT EXISTS " + quote(versionTable) + " (" + column
        + " VARCHAR(32) NOT NULL, PRIMARY KEY (" + column + "))");
  }

  final List<SqlStatement> createTable(Table table) {
    List<String> elements = new ArrayList<>();
    table.columns().forEach(column -> elements.add(columnDefinition(column)));
    if (table.primaryKey() != null) {
      elements.add(primaryKeyClause(table.primaryKey()));
    }
    table.uniqueConstraints().forEach(uq -> elements.add(uniqueClause(uq)));
    table.checkConstraints().forEach(ck -> elements.add(checkClause(ck)));
    table.foreignKeys().forEach(fk -> elements.add(foreignKeyClause(fk)));
    List<SqlStatement> statements = new ArrayList<>();
    statements.add(SqlStatement.of("CREATE TABLE " + quote(table.name()) + " (\n" + INDENT
        + String.join(",\n" + INDENT, elements) + "\n)"));
    table.indexes().forEach(index -> statements.add(SqlStatement.of(createIndex(table.name(), index))));
    return statements;
  }

  /** {@code name TYPE [DEFAULT x] [NOT NULL] [identity]}. */
  final String columnDefinition(Column column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(renderType(column.type()));
    if (column.serverDefault() != null) {
      if (column.isIdentity()) {
        throw new IllegalArgumentException("column " + column.name()
            + " is an identity column, whose values the database generates: it cannot also have a server default");
      }
      sql.append(" DEFAULT ").append(column.serverDefault());
    }
    if (!column.isNullable() || column.isIdentity()) {
      sql.append(" NOT NULL");
    }
    if (column.isIdentity()) {
      sql.append(' ').append(identityClause());
    }
    return sql.toString();
  }

  /** What makes a column generate its values. */
  String identityClause() {
    return "GENERATED BY DEFAULT AS IDENTITY";
  }

  /**
   * Type, nullability, default and name, one statement each. When the type changes together with the
   * default, the old default is dropped first so that it need not survive the conversion.
   */
  List<SqlStatement> alterColumn(AlterColumn change) {
    List<SqlStatement> statements = new ArrayList<>();
    String prefix = alterTable(change.table()) + "ALTER COLUMN " + quote(change.column()) + " ";
    boolean retype = change.type() != null;
    if (retype && change.serverDefault() != null) {
      statements.add(SqlStatement.of(prefix + "DROP DEFAULT"));
    }
    if (retype) {
      statements.add(SqlStatement.of(prefix + changeType(change.column(), change.type())));
    }
    if (change.nullable() != null) {
      statements.add(SqlStatement.of(prefix + (change.nullable() ? "DROP NOT NULL" : "SET NOT NULL")));
    }
    statements.addAll(changeDefault(change, prefix, retype));
    if (change.newName() != null) {
      statements.add(SqlStatement.of(renameColumn(change.table(), change.column(), change.newName())));
    }
    return statements;
  }

  /** The part of {@code ALTER TABLE t ALTER COLUMN c ...} that sets a new type: standard SQL's {@code SET DATA TYPE}. */
  String changeType(String column, ColumnType type) {
    return "SET DATA TYPE " + renderType(type);
  }

  final List<SqlStatement> changeDefault(AlterColumn change, String prefix, boolean droppedAlready) {
    if (change.serverDefault() == null) {
      return List.of();
    }
    String value = change.serverDefault().value();
    if (value == null) {
      return droppedAlready ? List.of() : List.of(SqlStatement.of(prefix + "DROP DEFAULT"));
    }
    return List.of(SqlStatement.of(prefix + "SET DEFAULT " + value));
  }

  final String renameColumn(String table, String column, String newName) {
    return alterTable(table) + "RENAME COLUMN " + quote(column) + " TO " + quote(newName);
  }

  String renameTable(String table, String newName) {
    return alterTable(table) + "RENAME TO " + quote(newName);
  }

  final String createIndex(String table, Index index) {
    if (index.name() == null) {
      throw new IllegalArgumentException("the index on " + table + " " + index.columns() + " needs a name");
    }
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + quote(table)
        + " (" + quoteAll(index.columns()) + ")";
  }

  String dropIndex(String table, String name) {
    return "DROP INDEX " + quote(name);
  }

  String dropConstraint(DropConstraint drop) {
    return alterTable(drop.table()) + "DROP CONSTRAINT " + quote(drop.name());
  }

  final String primaryKeyClause(PrimaryKey pk) {
    return constraintName(pk.name()) + "PRIMARY KEY (" + quoteAll(pk.columns()) + ")";
  }

  final String uniqueClause(UniqueConstraint uq) {
    return constraintName(uq.name()) + "UNIQUE (" + quoteAll(uq.columns()) + ")";
  }

  final String checkClause(CheckConstraint ck) {
    return constraintName(ck.name()) + "CHECK (" + ck.condition() + ")";
  }

  final String foreignKeyClause(ForeignKey fk) {
    StringBuilder sql = new StringBuilder(constraintName(fk.name()))
        .append("FOREIGN KEY (").append(quoteAll(fk.columns())).append(") REFERENCES ")
        .append(quote(fk.referencedTable())).append(" (").append(quoteAll(fk.referencedColumns())).append(')');
    if (fk.onDelete() != ReferentialAction.NO_ACTION) {
      sql.append(" ON DELETE ").append(fk.onDelete().sql());
    }
    if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
      sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
    }
    return sql.toString();
  }

  final String alterTable(String table) {
    return "ALTER TABLE " + quote(table) + " ";
  }

  private String constraintName(String name) {
    return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
  }

  private static List<SqlStatement> ddl(String sql) {
    return List.of(SqlStatement.of(sql));
  }

  /**
   * One INSERT per run of consecutive rows with the same columns, at most {@link #ROWS_PER_INSERT}
   * rows each, values as {@code ?} parameters.
   */
  private List<SqlStatement> bulkInsert(BulkInsert insert) {
    List<SqlStatement> statements = new ArrayList<>();
    List<Map<String, Object>> run = new ArrayList<>();
    for (Map<String, Object> row : insert.rows()) {
      if (row.isEmpty()) {
        throw new IllegalArgumentException("bulk insert into " + insert.table() + ": a row has no columns");
      }
      if (!run.isEmpty() && (run.size() == ROWS_PER_INSERT || !sameColumns(run.get(0), row))) {
        statements.add(insertStatement(insert.table(), run));
        run.clear();
      }
      run.add(row);
    }
    if (!run.isEmpty()) {
      statements.add(insertStatement(insert.table(), run));
    }
    return statements;
  }

  private static boolean sameColumns(Map<String, Object> a, Map<String, Object> b) {
    return new ArrayList<>(a.keySet()).equals(new ArrayList<>(b.keySet()));
  }

  private SqlStatement insertStatement(String table, List<Map<String, Object>> rows) {
    List<String> columns = new ArrayList<>(rows.get(0).keySet());
    String placeholders = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    List<Object> parameters = new ArrayList<>();
    rows.forEach(row -> parameters.addAll(row.values()));
    String values = rows.size() == 1
        ? " " + placeholders
        : "\n" + INDENT + String.join(",\n" + INDENT, Collections.nCopies(rows.size(), placeholders));
    return new SqlStatement("INSERT INTO " + quote(table) + " (" + quoteAll(columns) + ") VALUES" + values, parameters);
  }

  // --- offline scripts ------------------------------------------------------------------------

  @Override
  public final String literal(Object value) {
    return literals.literal(value);
  }

  @Override
  public final String inline(SqlStatement statement) {
    String sql = statement.sql();
    List<Integer> positions = scanner.parameterPositions(sql);
    if (positions.size() != statement.parameters().size()) {
      throw new IllegalArgumentException("the statement has " + positions.size() + " ? parameter(s) but "
          + statement.parameters().size() + " value(s) were given: " + sql);
    }
    StringBuilder text = new StringBuilder();
    int from = 0;
    for (int i = 0; i < positions.size(); i++) {
      int at = positions.get(i);
      text.append(sql, from, at).append(literal(statement.parameters().get(i)));
      from = at + 1;
    }
    return text.append(sql.substring(from)).toString();
  }
}
