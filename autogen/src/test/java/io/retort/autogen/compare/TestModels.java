package io.retort.autogen.compare;

import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.ColumnType.Kind;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.Arrays;
import java.util.List;

/** Short builders for hand-made schema models. */
final class TestModels {
  private TestModels() {
  }

  static ColumnType integer() {
    return ColumnType.of(Kind.INTEGER);
  }

  static ColumnType bigint() {
    return ColumnType.of(Kind.BIGINT);
  }

  static ColumnType varchar(int length) {
    return ColumnType.sized(Kind.STRING, length);
  }

  static ColumnType numeric(int precision, int scale) {
    return ColumnType.numeric(precision, scale);
  }

  static ColumnType text() {
    return ColumnType.of(Kind.TEXT);
  }

  static ColumnType bool() {
    return ColumnType.of(Kind.BOOLEAN);
  }

  static Column col(String name, ColumnType type) {
    return Column.of(name, type);
  }

  static Column id() {
    return Column.of("id", bigint()).notNull();
  }

  /** A table with a primary key on {@code id} when it has such a column. */
  static Table table(String name, Column... columns) {
    List<Column> list = Arrays.asList(columns);
    PrimaryKey pk = list.stream().anyMatch(c -> c.name().equalsIgnoreCase("id")) ? new PrimaryKey(null, List.of("id")) : null;
    return Table.of(name, list, pk);
  }

  static ForeignKey fk(String name, String column, String referencedTable) {
    return new ForeignKey(name, List.of(column), referencedTable, List.of("id"), null, null);
  }

  static ForeignKey fk(String name, String column, String referencedTable, ReferentialAction onDelete) {
    return new ForeignKey(name, List.of(column), referencedTable, List.of("id"), onDelete, null);
  }

  static Index index(String name, String... columns) {
    return new Index(name, List.of(columns), false);
  }

  static Index uniqueIndex(String name, String... columns) {
    return new Index(name, List.of(columns), true);
  }

  static UniqueConstraint unique(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns));
  }

  static CheckConstraint check(String name, String condition) {
    return new CheckConstraint(name, condition);
  }

  static SchemaModel model(Table... tables) {
    return SchemaModel.of(List.of(tables), List.of());
  }

  static SchemaModel model(List<Table> tables, List<Sequence> sequences) {
    return SchemaModel.of(tables, sequences);
  }
}
