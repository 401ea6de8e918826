package io.retort.autogen.scan;

import io.retort.runtime.RetortException;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.PersistentClass;

/**
 * Maps Hibernate's boot metamodel to the {@link SchemaModel}: every physical table (entity tables,
 * subclass tables, join and collection tables) and every sequence of every namespace.
 */
final class HibernateModelMapper {
  private HibernateModelMapper() {
  }

  static SchemaModel map(OfflineMetadata boot, io.retort.runtime.dialect.Dialect target) {
    Metadata metadata = boot.metadata();
    SqlNames names = new SqlNames(boot.sqlStringGenerationContext(), metadata.getDatabase().getJdbcEnvironment());
    List<org.hibernate.mapping.Table> physicalTables = physicalTables(metadata);
    TableMapper tableMapper = new TableMapper(metadata, names, columnDefinitions(physicalTables), target);
    List<Table> tables = new ArrayList<>();
    for (org.hibernate.mapping.Table table : physicalTables) {
      try {
        tables.add(tableMapper.map(table));
      } catch (HibernateException e) {
        throw new RetortException("Cannot map " + owner(metadata, table) + ": " + MappingFailure.reason(e), e);
      }
    }
    return SchemaModel.of(tables, sequences(metadata, names));
  }

  /** The {@link io.retort.runtime.api.RenamedFrom} hints of the mapped entities, as confirmed renames. */
  static Map<String, String> renameHints(OfflineMetadata boot) {
    Metadata metadata = boot.metadata();
    return RenameHints.of(metadata, new SqlNames(boot.sqlStringGenerationContext(), metadata.getDatabase().getJdbcEnvironment()));
  }

  private static List<org.hibernate.mapping.Table> physicalTables(Metadata metadata) {
    List<org.hibernate.mapping.Table> tables = new ArrayList<>();
    for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
      for (org.hibernate.mapping.Table table : namespace.getTables()) {
        if (table.isPhysicalTable() && !table.isView()) {
          tables.add(table);
        }
      }
    }
    return tables;
  }

  private static Map<org.hibernate.mapping.Column, String> columnDefinitions(List<org.hibernate.mapping.Table> tables) {
    Map<org.hibernate.mapping.Column, String> definitions = new IdentityHashMap<>();
    for (org.hibernate.mapping.Table table : tables) {
      for (org.hibernate.mapping.Column column : table.getColumns()) {
        if (column.getSqlType() != null) {
          definitions.put(column, column.getSqlType());
        }
      }
    }
    return definitions;
  }

  private static List<Sequence> sequences(Metadata metadata, SqlNames names) {
    List<Sequence> sequences = new ArrayList<>();
    for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
      for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
        sequences.add(new Sequence(names.sequence(sequence.getName()), sequence.getInitialValue(), sequence.getIncrementSize()));
      }
    }
    return sequences;
  }

  /** The entity a table belongs to, for messages, or the table itself for join and collection tables. */
  private static String owner(Metadata metadata, org.hibernate.mapping.Table table) {
    for (PersistentClass entity : metadata.getEntityBindings()) {
      if (entity.getTable() == table) {
        return "entity " + entity.getClassName() + " (table " + table.getName() + ")";
      }
    }
    return "table " + table.getName();
  }
}
