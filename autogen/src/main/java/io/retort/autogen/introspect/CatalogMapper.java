package io.retort.autogen.introspect;

import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import schemacrawler.schema.Catalog;

/**
 * Builds the {@link SchemaModel} from SchemaCrawler's catalog and the {@link CatalogExtras}. Names
 * become model names through the {@link IdentifierStyle}; constraints and indexes are listed in
 * name order, so the same database always gives the same model.
 */
final class CatalogMapper {

  private final IdentifierStyle style;
  private final CatalogExtras extras;
  private final ColumnMapper columns;
  private final KeyMapper keys;
  private final IndexMapper indexes;

  CatalogMapper(Dialect dialect, IdentifierStyle style, CatalogExtras extras) {
    this.style = style;
    this.extras = extras;
    this.columns = new ColumnMapper(dialect, style, extras);
    this.keys = new KeyMapper(style);
    this.indexes = new IndexMapper(style, extras);
  }

  SchemaModel map(Catalog catalog) {
    List<Table> tables = new ArrayList<>();
    for (schemacrawler.schema.Table table : catalog.getTables()) {
      tables.add(table(table));
    }
    List<Sequence> sequences = extras.sequences().stream()
        .map(s -> new Sequence(style.modelName(s.name()), s.start(), s.increment()))
        .toList();
    return SchemaModel.of(tables, sequences);
  }

  private Table table(schemacrawler.schema.Table table) {
    List<Column> tableColumns = table.getColumns().stream().map(columns::column).toList();
    IndexMapper.Indexes tableIndexes = indexes.indexes(table);
    List<CheckConstraint> checks = extras.checks().getOrDefault(table.getName(), List.of()).stream()
        .map(check -> check.named(style.modelName(check.name())))
        .toList();
    return new Table(style.modelName(table.getName()), tableColumns, keys.primaryKey(table),
        byName(keys.foreignKeys(table), ForeignKey::name),
        byName(tableIndexes.uniqueConstraints(), UniqueConstraint::name),
        byName(checks, CheckConstraint::name),
        byName(tableIndexes.indexes(), Index::name));
  }

  private static <T> List<T> byName(List<T> elements, Function<T, String> name) {
    return elements.stream()
        .sorted(Comparator.comparing((T e) -> Names.key(name.apply(e))).thenComparing(name))
        .toList();
  }
}
