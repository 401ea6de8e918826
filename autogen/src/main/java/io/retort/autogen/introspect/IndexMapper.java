package io.retort.autogen.introspect;

import io.retort.autogen.introspect.CatalogExtras.IndexOrigin;
import io.retort.autogen.introspect.CatalogExtras.IndexRef;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.Table;

/**
 * Sorts SchemaCrawler's indexes of a table into the model's unique constraints and indexes.
 *
 * <ul>
 *   <li>The primary key's index is left out: the primary key says it all.
 *   <li>An index the database created for a foreign key (MariaDB, H2) is left out.
 *   <li>Every unique index is a {@link UniqueConstraint}: on MariaDB a unique constraint is a unique
 *       index, and Hibernate reports {@code @Index(unique = true)} as a unique key too. It takes the
 *       name of the constraint it backs (H2 names the index apart), else its own.
 *   <li>Every other index is a non-unique {@link Index}.
 *   <li>An index on an expression is left out: the model names columns only.
 * </ul>
 */
final class IndexMapper {

  /** A table's unique constraints and non-unique indexes. */
  record Indexes(List<UniqueConstraint> uniqueConstraints, List<Index> indexes) {
  }

  private final IdentifierStyle style;
  private final CatalogExtras extras;

  IndexMapper(IdentifierStyle style, CatalogExtras extras) {
    this.style = style;
    this.extras = extras;
  }

  Indexes indexes(Table table) {
    List<UniqueConstraint> uniques = new ArrayList<>();
    List<Index> indexes = new ArrayList<>();
    for (schemacrawler.schema.Index index : table.getIndexes()) {
      IndexOrigin origin = extras.indexOrigins().get(new IndexRef(table.getName(), index.getName()));
      List<String> columns = columns(table, index);
      if (columns.isEmpty() || backsPrimaryKey(table, index, origin) || backsForeignKey(index, origin)) {
        continue;
      }
      if (index.isUnique()) {
        boolean backsUnique = origin != null && origin.kind() == IndexOrigin.Kind.UNIQUE;
        uniques.add(new UniqueConstraint(style.modelName(backsUnique ? origin.constraintName() : index.getName()), columns));
      } else {
        indexes.add(new Index(style.modelName(index.getName()), columns, false));
      }
    }
    return new Indexes(uniques, indexes);
  }

  /** The index's columns in index order; empty when one of them is an expression, not a column. */
  private List<String> columns(Table table, schemacrawler.schema.Index index) {
    List<IndexColumn> columns = index.getColumns().stream()
        .sorted(Comparator.comparingInt(IndexColumn::getIndexOrdinalPosition))
        .toList();
    if (columns.isEmpty() || columns.stream().anyMatch(column -> table.lookupColumn(column.getName()).isEmpty())) {
      return List.of();
    }
    return columns.stream().map(column -> style.modelName(column.getName())).toList();
  }

  private static boolean backsPrimaryKey(Table table, schemacrawler.schema.Index index, IndexOrigin origin) {
    if (origin != null) {
      return origin.kind() == IndexOrigin.Kind.PRIMARY_KEY;
    }
    return table.getPrimaryKey() != null && table.getPrimaryKey().getName().equals(index.getName());
  }

  private static boolean backsForeignKey(schemacrawler.schema.Index index, IndexOrigin origin) {
    return origin != null && origin.kind() == IndexOrigin.Kind.FOREIGN_KEY && !index.isUnique();
  }
}
