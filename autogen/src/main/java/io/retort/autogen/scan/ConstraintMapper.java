package io.retort.autogen.scan;

import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.ReferentialAction;
import io.retort.runtime.schema.UniqueConstraint;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.model.naming.NamingHelper;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * Maps a Hibernate table's foreign keys, unique constraints, check constraints and indexes, keeping
 * exactly those Hibernate's schema export would create, under the names it would give them.
 */
final class ConstraintMapper {
  private static final Comparator<String> BY_NAME = Comparator.nullsFirst(Comparator.comparing(Names::key));

  private final SqlNames names;
  private final Dialect dialect;

  ConstraintMapper(SqlNames names, Dialect dialect) {
    this.names = names;
    this.dialect = dialect;
  }

  /**
   * Foreign keys with explicit or Hibernate-generated ({@code FK...}) names. Keys Hibernate does not
   * create are skipped: {@code ConstraintMode.NO_CONSTRAINT}, and those touching a table that does not
   * exist (the abstract root of TABLE_PER_CLASS).
   */
  List<ForeignKey> foreignKeys(Table table) {
    List<ForeignKey> keys = new ArrayList<>();
    for (org.hibernate.mapping.ForeignKey key : table.getForeignKeyCollection()) {
      if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
        continue;
      }
      Table referenced = key.getReferencedTable();
      List<Column> referencedColumns = key.isReferenceToPrimaryKey()
          ? referenced.getPrimaryKey().getColumns() : key.getReferencedColumns();
      keys.add(new ForeignKey(SqlNames.constraint(key.getName()), columnNames(key.getColumns()), names.table(referenced),
          columnNames(referencedColumns), onDelete(key.getOnDeleteAction()), ReferentialAction.NO_ACTION));
    }
    keys.sort(Comparator.comparing(ForeignKey::name, BY_NAME).thenComparing(key -> key.columns().toString()));
    return keys;
  }

  /**
   * The table's unique keys ({@code @UniqueConstraint}, {@code @Index(unique = true)}, natural ids),
   * plus one per {@code @Column(unique = true)} (and per {@code @OneToOne} join column), which Hibernate
   * only records on the column and turns into a constraint while writing DDL. Keys repeating the primary
   * key or another key's columns are left out, as Hibernate leaves them out.
   */
  List<UniqueConstraint> uniqueConstraints(Table table) {
    List<UniqueConstraint> constraints = new ArrayList<>();
    for (UniqueKey key : table.getUniqueKeys().values()) {
      if (!table.isRedundantUniqueKey(key)) {
        addUnlessCovered(constraints, new UniqueConstraint(SqlNames.constraint(key.getName()), columnNames(key.getColumns())));
      }
    }
    for (Column column : table.getColumns()) {
      if (column.isUnique() && !table.isPrimaryKey(column)) {
        addUnlessCovered(constraints,
            new UniqueConstraint(SqlNames.constraint(uniqueColumnKeyName(table, column)), List.of(SqlNames.column(column))));
      }
    }
    constraints.sort(Comparator.comparing(UniqueConstraint::name, BY_NAME));
    return constraints;
  }

  /**
   * Table checks ({@code @Check} on the class) and column checks ({@code @Check} on a field, enum value
   * lists, discriminator values, ordinal ranges). As in Hibernate's DDL, a column's unnamed checks form
   * one constraint.
   */
  List<CheckConstraint> checkConstraints(Table table) {
    List<CheckConstraint> checks = new ArrayList<>();
    if (dialect.supportsTableCheck()) {
      for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
        checks.add(new CheckConstraint(SqlNames.constraint(check.getName()), check.getConstraint()));
      }
    }
    if (dialect.supportsColumnCheck()) {
      for (Column column : table.getColumns()) {
        checks.addAll(columnChecks(column.getCheckConstraints()));
      }
    }
    checks.sort(Comparator.comparing(CheckConstraint::name, BY_NAME).thenComparing(CheckConstraint::condition));
    return checks;
  }

  /**
   * Indexes ({@code @Index}) under their explicit or generated ({@code IDX...}) names. An index over
   * an expression (a formula) has no place in the model and is left out.
   */
  List<Index> indexes(Table table) {
    List<Index> indexes = new ArrayList<>();
    for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
      List<Selectable> parts = index.getSelectables();
      if (!parts.isEmpty() && parts.stream().allMatch(part -> part instanceof Column)) {
        List<String> columns = parts.stream().map(part -> SqlNames.column((Column) part)).toList();
        indexes.add(new Index(names.index(index), columns, index.isUnique()));
      }
    }
    indexes.sort(Comparator.comparing(Index::name, BY_NAME));
    return indexes;
  }

  /**
   * The name Hibernate gives the unique constraint of a {@code unique} column: the name its implicit
   * naming strategy chose while binding ({@code UK} and a hash of table and column), or, for a column
   * made unique without one, the {@code UK_} name its DDL exporter ({@code ColumnDefinitions}) derives.
   * MariaDB's DDL uses this name; PostgreSQL's and H2's declare the column {@code unique} inline and
   * let the database name it, which is why constraints are compared by their columns.
   */
  static String uniqueColumnKeyName(Table table, Column column) {
    if (column.getUniqueKeyName() != null) {
      return column.getUniqueKeyName();
    }
    String source = "table`" + table.getName() + "`" + "column`" + column.getName() + "`";
    byte[] hash = NamingHelper.hash(source.getBytes(StandardCharsets.UTF_8));
    return "UK_" + new BigInteger(1, hash).toString(35);
  }

  private static List<CheckConstraint> columnChecks(List<org.hibernate.mapping.CheckConstraint> checks) {
    List<CheckConstraint> result = new ArrayList<>();
    List<String> anonymous = checks.stream().filter(org.hibernate.mapping.CheckConstraint::isAnonymous)
        .map(org.hibernate.mapping.CheckConstraint::getConstraint).toList();
    if (anonymous.size() == 1) {
      result.add(new CheckConstraint(null, anonymous.get(0)));
    } else if (anonymous.size() > 1) {
      result.add(new CheckConstraint(null, anonymous.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" and "))));
    }
    for (org.hibernate.mapping.CheckConstraint check : checks) {
      if (check.isNamed()) {
        result.add(new CheckConstraint(SqlNames.constraint(check.getName()), check.getConstraint()));
      }
    }
    return result;
  }

  private static void addUnlessCovered(List<UniqueConstraint> constraints, UniqueConstraint candidate) {
    List<String> keys = candidate.columns().stream().map(Names::key).toList();
    boolean covered = constraints.stream()
        .anyMatch(existing -> existing.columns().stream().map(Names::key).toList().equals(keys));
    if (!covered) {
      constraints.add(candidate);
    }
  }

  private static List<String> columnNames(Collection<Column> columns) {
    return columns.stream().map(SqlNames::column).toList();
  }

  private static ReferentialAction onDelete(OnDeleteAction action) {
    if (action == null) {
      return ReferentialAction.NO_ACTION;
    }
    return switch (action) {
      case NO_ACTION -> ReferentialAction.NO_ACTION;
      case CASCADE -> ReferentialAction.CASCADE;
      case RESTRICT -> ReferentialAction.RESTRICT;
      case SET_NULL -> ReferentialAction.SET_NULL;
      case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
    };
  }
}
