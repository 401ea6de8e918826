package io.retort.autogen.compare;

import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import java.util.List;

/**
 * Keeps the tables the options compare (Alembic's {@code include_name}): never the version table,
 * only included tables when an include list is given, never excluded ones. Sequences are all kept.
 */
final class ModelFilter {
  private ModelFilter() {
  }

  static SchemaModel apply(SchemaModel model, ComparisonOptions options) {
    List<Table> tables = model.tables().values().stream().filter(t -> options.comparesTable(t.name())).toList();
    return SchemaModel.of(tables, model.sequences().values());
  }
}
