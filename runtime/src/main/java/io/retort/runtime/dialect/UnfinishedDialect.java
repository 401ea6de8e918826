package io.retort.runtime.dialect;

import io.retort.runtime.ops.Operation;
import io.retort.runtime.schema.ColumnType;
import java.sql.Connection;
import java.util.List;

/** Placeholder until the dialects change lands. */
abstract class UnfinishedDialect implements Dialect {
  public String name() { throw new UnsupportedOperationException(); }
  public String quote(String identifier) { throw new UnsupportedOperationException(); }
  public String renderType(ColumnType type) { throw new UnsupportedOperationException(); }
  public List<SqlStatement> statements(Operation operation) { throw new UnsupportedOperationException(); }
  public String literal(Object value) { throw new UnsupportedOperationException(); }
  public String inline(SqlStatement statement) { throw new UnsupportedOperationException(); }
  public ColumnType canonical(ColumnType type) { throw new UnsupportedOperationException(); }
  public String canonicalDefault(String serverDefault, ColumnType type) { throw new UnsupportedOperationException(); }
  public boolean transactionalDdl() { throw new UnsupportedOperationException(); }
  public SqlStatement createVersionTable(String versionTable) { throw new UnsupportedOperationException(); }
  public MigrationLock lock(Connection connection, String name, int timeoutSeconds) { throw new UnsupportedOperationException(); }
}
