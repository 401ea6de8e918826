package io.retort.autogen.compare;

import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a {@link NameMap} to the database model, everywhere a name occurs: table and column names,
 * primary keys, indexes, unique constraints, foreign keys (their own columns and what they reference,
 * in any table) and the column names inside check conditions. This is what the database itself does on
 * {@code ALTER TABLE ... RENAME}, so the model after the rename operations is what the later operations
 * (and the reverse of the earlier ones, in {@code downgrade()}) see.
 */
final class ModelRewriter {
  private ModelRewriter() {
  }

  static SchemaModel rewrite(SchemaModel model, NameMap names) {
    List<Table> tables = new ArrayList<>();
    for (Table table : model.tables().values()) {
      tables.add(rewrite(table, names));
    }
    return SchemaModel.of(tables, model.sequences().values());
  }

  private static Table rewrite(Table table, NameMap names) {
    String t = table.name();
    List<Column> columns = table.columns().stream().map(c -> names.column(t, c)).toList();
    PrimaryKey pk = table.primaryKey() == null ? null
        : new PrimaryKey(table.primaryKey().name(), columns(t, table.primaryKey().columns(), names));
    List<ForeignKey> fks = table.foreignKeys().stream()
        .map(fk -> new ForeignKey(fk.name(), columns(t, fk.columns(), names), names.tableName(fk.referencedTable()),
            columns(fk.referencedTable(), fk.referencedColumns(), names), fk.onDelete(), fk.onUpdate()))
        .toList();
    List<UniqueConstraint> uniques = table.uniqueConstraints().stream()
        .map(u -> new UniqueConstraint(u.name(), columns(t, u.columns(), names)))
        .toList();
    List<CheckConstraint> checks = table.checkConstraints().stream()
        .map(c -> new CheckConstraint(c.name(), condition(table, c.condition(), names)))
        .toList();
    List<Index> indexes = table.indexes().stream()
        .map(i -> new Index(i.name(), columns(t, i.columns(), names), i.unique()))
        .toList();
    return new Table(names.tableName(t), columns, pk, fks, uniques, checks, indexes);
  }

  private static List<String> columns(String table, List<String> columns, NameMap names) {
    return columns.stream().map(c -> names.columnName(table, c)).toList();
  }

  /** Replaces whole-word occurrences of renamed columns (quoted or not) in a check condition. */
  private static String condition(Table table, String condition, NameMap names) {
    String result = condition;
    for (Column column : table.columns()) {
      String renamed = names.columnName(table.name(), column.name());
      if (!Names.same(renamed, column.name())) {
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_$])([\"`]?)" + Pattern.quote(Names.unquoted(column.name()))
            + "\\1(?![A-Za-z0-9_$])", Pattern.CASE_INSENSITIVE);
        result = word.matcher(result).replaceAll(Matcher.quoteReplacement(renamed));
      }
    }
    return result;
  }
}
