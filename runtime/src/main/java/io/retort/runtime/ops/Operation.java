package io.retort.runtime.ops;

import java.util.Optional;

/**
 * One schema or data change, as data. A revision's {@code upgrade()} and {@code downgrade()} build
 * these through {@link io.retort.runtime.api.Operations}; a {@link io.retort.runtime.dialect.Dialect}
 * turns each into SQL; the comparator produces them; the writer renders them as Java.
 */
public sealed interface Operation permits CreateTable, DropTable, AddColumn, DropColumn, AlterColumn, RenameTable,
    CreateIndex, DropIndex, CreateUniqueConstraint, CreateCheckConstraint, CreateForeignKey, DropConstraint,
    CreateSequence, DropSequence, Execute, BulkInsert, RunJdbc {

  /**
   * The operation that undoes this one, when this one carries enough to know it (a drop needs the
   * definition of what it dropped). Empty when it cannot be reversed from what it holds.
   */
  Optional<Operation> reverse();

  /** One line for people: {@code add column 'products.description'}. */
  String describe();
}
