package io.retort.runtime.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: columns in order, primary key, and its constraints and indexes.
 * Immutable; the {@code with...} methods return changed copies.
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
    List<UniqueConstraint> uniqueConstraints, List<CheckConstraint> checkConstraints, List<Index> indexes) {

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    foreignKeys = List.copyOf(foreignKeys);
    uniqueConstraints = List.copyOf(uniqueConstraints);
    checkConstraints = List.copyOf(checkConstraints);
    indexes = List.copyOf(indexes);
  }

  public static Table of(String name, List<Column> columns, PrimaryKey primaryKey) {
    return new Table(name, columns, primaryKey, List.of(), List.of(), List.of(), List.of());
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> Names.same(c.name(), columnName)).findFirst();
  }

  public Table withColumns(List<Column> newColumns) {
    return new Table(name, newColumns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes);
  }

  public Table withName(String newName) {
    return new Table(newName, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes);
  }

  public Table withPrimaryKey(PrimaryKey pk) {
    return new Table(name, columns, pk, foreignKeys, uniqueConstraints, checkConstraints, indexes);
  }

  public Table withForeignKeys(List<ForeignKey> fks) {
    return new Table(name, columns, primaryKey, fks, uniqueConstraints, checkConstraints, indexes);
  }

  public Table withUniqueConstraints(List<UniqueConstraint> uniques) {
    return new Table(name, columns, primaryKey, foreignKeys, uniques, checkConstraints, indexes);
  }

  public Table withCheckConstraints(List<CheckConstraint> checks) {
    return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, checks, indexes);
  }

  public Table withIndexes(List<Index> newIndexes) {
    return new Table(name, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, newIndexes);
  }

  public Table withColumn(Column column) {
    List<Column> copy = new ArrayList<>(columns);
    copy.add(column);
    return withColumns(copy);
  }
}
