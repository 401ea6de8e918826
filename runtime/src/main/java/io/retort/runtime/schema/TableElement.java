package io.retort.runtime.schema;

/** What {@code op.createTable(name, ...)} takes: columns, the primary key, constraints and indexes. */
public sealed interface TableElement permits Column, PrimaryKey, ForeignKey, UniqueConstraint, CheckConstraint, Index {
}
