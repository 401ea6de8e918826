package io.retort.autogen.introspect;

import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Puts the tables and sequences read from another schema under qualified names, and merges models. */
final class QualifiedNames {
  private QualifiedNames() {
  }

  /** Every table and sequence as {@code schema.name}; foreign keys to tables of the same schema follow. */
  static SchemaModel qualify(SchemaModel model, String schema) {
    List<Table> tables = new ArrayList<>();
    for (Table table : model.tables().values()) {
      List<ForeignKey> keys = table.foreignKeys().stream()
          .map(fk -> model.table(fk.referencedTable()).isPresent()
              ? new ForeignKey(fk.name(), fk.columns(), schema + "." + fk.referencedTable(), fk.referencedColumns(),
                  fk.onDelete(), fk.onUpdate())
              : fk)
          .toList();
      tables.add(table.withName(schema + "." + table.name()).withForeignKeys(keys));
    }
    List<Sequence> sequences = model.sequences().values().stream()
        .map(s -> new Sequence(schema + "." + s.name(), s.start(), s.increment())).toList();
    return SchemaModel.of(tables, sequences);
  }

  static SchemaModel merge(SchemaModel first, SchemaModel second) {
    List<Table> tables = new ArrayList<>(first.tables().values());
    tables.addAll(second.tables().values());
    List<Sequence> sequences = new ArrayList<>(first.sequences().values());
    sequences.addAll(second.sequences().values());
    return SchemaModel.of(tables, sequences);
  }
}
