package io.retort.autogen.scan;

import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.Table;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;

/** Maps one physical Hibernate table, with its columns, keys, constraints and indexes. */
final class TableMapper {
  private final Metadata metadata;
  private final Dialect dialect;
  private final SqlNames names;
  private final ConstraintMapper constraints;
  private final Map<org.hibernate.mapping.Column, String> columnDefinitions;
  private final io.retort.runtime.dialect.Dialect target;

  /**
   * @param columnDefinitions each column's {@code columnDefinition}, read before any type was resolved:
   *     resolving a column's type caches it where the definition was, so it must be read first
   * @param target Retort's dialect of the target database, which reads a {@code columnDefinition}
   *     that is a plain type ({@code text}, {@code varchar(20)}) as the portable type it spells
   */
  TableMapper(Metadata metadata, SqlNames names, Map<org.hibernate.mapping.Column, String> columnDefinitions,
      io.retort.runtime.dialect.Dialect target) {
    this.target = target;
    this.metadata = metadata;
    this.dialect = metadata.getDatabase().getDialect();
    this.names = names;
    this.constraints = new ConstraintMapper(names, dialect);
    this.columnDefinitions = columnDefinitions;
  }

  Table map(org.hibernate.mapping.Table table) {
    List<Column> columns = table.getColumns().stream().map(this::column).toList();
    return new Table(names.table(table), columns, primaryKey(table), constraints.foreignKeys(table),
        constraints.uniqueConstraints(table), constraints.checkConstraints(table), constraints.indexes(table));
  }

  private Column column(org.hibernate.mapping.Column column) {
    Size size = column.getColumnSize(dialect, metadata);
    ColumnType type = TypeMapper.map(columnDefinitions.get(column), column.getSqlTypeCode(metadata),
        column.getSqlType(metadata), size, target);
    return new Column(SqlNames.column(column), type, column.isNullable(), column.getDefaultValue(), column.isIdentity());
  }

  /** The primary key's columns; Hibernate's names for it ({@code productsPK}) never reach the DDL, so none is kept. */
  private static PrimaryKey primaryKey(org.hibernate.mapping.Table table) {
    if (!table.hasPrimaryKey()) {
      return null;
    }
    return new PrimaryKey(null, table.getPrimaryKey().getColumns().stream().map(SqlNames::column).toList());
  }
}
