package io.retort.runtime.schema;

/** The kinds of constraint {@code op.dropConstraint(name, table, kind)} distinguishes (MariaDB needs to know). */
public enum ConstraintKind {
  FOREIGN_KEY, UNIQUE, CHECK
}
