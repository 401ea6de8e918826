package io.retort.runtime.schema;

/** A named table constraint other than the primary key. */
public sealed interface Constraint permits ForeignKey, UniqueConstraint, CheckConstraint {
  String name();

  /** The kind, as {@code op.dropConstraint} takes it. */
  ConstraintKind kind();
}
