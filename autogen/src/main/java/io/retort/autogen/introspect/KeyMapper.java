package io.retort.autogen.introspect;

import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.Table;
import schemacrawler.schema.TableConstraintColumn;

/**
 * Maps SchemaCrawler's primary key and imported foreign keys: columns in key order, referenced
 * table and columns, and the delete and update rules as the database reports them (MariaDB says
 * RESTRICT where PostgreSQL says NO ACTION; the two behave alike and the comparator treats them so).
 */
final class KeyMapper {

  private final IdentifierStyle style;

  KeyMapper(IdentifierStyle style) {
    this.style = style;
  }

  PrimaryKey primaryKey(Table table) {
    schemacrawler.schema.PrimaryKey key = table.getPrimaryKey();
    if (key == null || key.getConstrainedColumns().isEmpty()) {
      return null;
    }
    List<String> columns = key.getConstrainedColumns().stream()
        .sorted(Comparator.comparingInt(TableConstraintColumn::getTableConstraintOrdinalPosition))
        .map(column -> style.modelName(column.getName()))
        .toList();
    return new PrimaryKey(style.modelName(key.getName()), columns);
  }

  List<ForeignKey> foreignKeys(Table table) {
    List<ForeignKey> keys = new ArrayList<>();
    for (schemacrawler.schema.ForeignKey key : table.getImportedForeignKeys()) {
      List<ColumnReference> references = key.getColumnReferences().stream()
          .sorted(Comparator.comparingInt(ColumnReference::getKeySequence))
          .toList();
      keys.add(new ForeignKey(
          style.modelName(key.getName()),
          references.stream().map(r -> style.modelName(r.getForeignKeyColumn().getName())).toList(),
          style.modelName(references.get(0).getPrimaryKeyColumn().getParent().getName()),
          references.stream().map(r -> style.modelName(r.getPrimaryKeyColumn().getName())).toList(),
          action(key.getDeleteRule()),
          action(key.getUpdateRule())));
    }
    return keys;
  }

  static ReferentialAction action(ForeignKeyUpdateRule rule) {
    if (rule == null) {
      return ReferentialAction.NO_ACTION;
    }
    return switch (rule) {
      case cascade -> ReferentialAction.CASCADE;
      case setNull -> ReferentialAction.SET_NULL;
      case setDefault -> ReferentialAction.SET_DEFAULT;
      case restrict -> ReferentialAction.RESTRICT;
      case noAction, unknown -> ReferentialAction.NO_ACTION;
    };
  }
}
