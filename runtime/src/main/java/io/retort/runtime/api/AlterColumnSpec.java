package io.retort.runtime.api;

import io.retort.runtime.ops.AlterColumn;
import io.retort.runtime.ops.AlterColumn.DefaultChange;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;

/**
 * What {@code op.alterColumn(table, column, c -> c...)} changes, and what the column was before
 * (needed by MariaDB, which restates the whole column, and by the reverse).
 */
public final class AlterColumnSpec {
  private ColumnType type;
  private Boolean nullable;
  private DefaultChange serverDefault;
  private String newName;
  private ColumnType existingType;
  private Boolean existingNullable;
  private String existingServerDefault;
  private boolean existingIdentity;

  public AlterColumnSpec type(ColumnType newType) {
    this.type = newType;
    return this;
  }

  public AlterColumnSpec nullable(boolean isNullable) {
    this.nullable = isNullable;
    return this;
  }

  public AlterColumnSpec serverDefault(String sqlExpression) {
    this.serverDefault = new DefaultChange(sqlExpression);
    return this;
  }

  public AlterColumnSpec dropServerDefault() {
    this.serverDefault = new DefaultChange(null);
    return this;
  }

  public AlterColumnSpec rename(String name) {
    this.newName = name;
    return this;
  }

  public AlterColumnSpec existingType(ColumnType columnType) {
    this.existingType = columnType;
    return this;
  }

  public AlterColumnSpec existingNullable(boolean isNullable) {
    this.existingNullable = isNullable;
    return this;
  }

  public AlterColumnSpec existingServerDefault(String sqlExpression) {
    this.existingServerDefault = sqlExpression;
    return this;
  }

  public AlterColumnSpec existingIdentity() {
    this.existingIdentity = true;
    return this;
  }

  AlterColumn toOperation(String table, String column) {
    Column existing = null;
    if (existingType != null) {
      existing = new Column(column, existingType, existingNullable == null || existingNullable, existingServerDefault,
          existingIdentity);
    }
    if (type == null && nullable == null && serverDefault == null && newName == null) {
      throw new IllegalArgumentException("alterColumn(" + table + "." + column + ") changes nothing: give a type, "
          + "nullability, server default or new name");
    }
    return new AlterColumn(table, column, type, nullable, serverDefault, newName, existing);
  }
}
