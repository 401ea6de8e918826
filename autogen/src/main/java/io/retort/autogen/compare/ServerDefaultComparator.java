package io.retort.autogen.compare;

import io.retort.runtime.schema.Column;
import java.util.Objects;

/**
 * Server defaults (Alembic's {@code compare/server_defaults.py}), only when
 * {@code compareServerDefault} is on. Both sides go through {@code dialect.canonicalDefault}, so
 * {@code 0}, {@code (0)} and {@code '0'::integer} are no change. Identity columns are skipped: their
 * "default" is the database's generator, which the entities do not state.
 */
final class ServerDefaultComparator {
  private final ComparisonContext context;

  ServerDefaultComparator(ComparisonContext context) {
    this.context = context;
  }

  /** Whether the default must change; always false when {@code compareServerDefault} is off. */
  boolean changed(Column current, Column target) {
    if (!context.options().compareServerDefault() || current.isIdentity() || target.isIdentity()) {
      return false;
    }
    return !same(current, target);
  }

  /** Whether both defaults mean the same to the database, whatever the options say. */
  boolean same(Column a, Column b) {
    return Objects.equals(canonical(a), canonical(b));
  }

  private String canonical(Column column) {
    return column.serverDefault() == null ? null
        : context.dialect().canonicalDefault(column.serverDefault(), column.type());
  }
}
