package io.retort.autogen.compare;

import io.retort.runtime.schema.ColumnType;

/**
 * Column types (Alembic's {@code compare/types.py}): two types are the same when the dialect stores
 * them the same way, {@code dialect.canonical(a).equals(dialect.canonical(b))}, so {@code int4} and
 * {@code integer} or MariaDB's {@code tinyint(1)} and boolean are no change.
 */
final class TypeComparator {
  private final ComparisonContext context;

  TypeComparator(ComparisonContext context) {
    this.context = context;
  }

  /** Whether the type must change; always false when {@code compareType} is off. */
  boolean changed(ColumnType current, ColumnType target) {
    return context.options().compareType() && !same(current, target);
  }

  /** Whether the dialect stores both types the same way, whatever the options say. */
  boolean same(ColumnType a, ColumnType b) {
    return context.dialect().canonical(a).equals(context.dialect().canonical(b));
  }
}
