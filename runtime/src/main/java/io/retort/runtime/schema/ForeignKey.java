package io.retort.runtime.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key of a table.
 *
 * @param name constraint name, or null to let the naming convention choose
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, in the same order
 * @param onDelete rule on delete ({@link ReferentialAction#NO_ACTION} when not given)
 * @param onUpdate rule on update
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
    ReferentialAction onDelete, ReferentialAction onUpdate) implements Constraint, TableElement {

  public ForeignKey {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    Objects.requireNonNull(referencedTable, "referencedTable");
    if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException("a foreign key needs as many referenced columns as columns: " + columns + " -> " + referencedColumns);
    }
    onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
    onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
  }

  @Override
  public ConstraintKind kind() {
    return ConstraintKind.FOREIGN_KEY;
  }

  public ForeignKey named(String newName) {
    return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate);
  }

  public ForeignKey onDelete(ReferentialAction action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate);
  }

  public ForeignKey onUpdate(ReferentialAction action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action);
  }
}
