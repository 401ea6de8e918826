package io.retort.autogen.compare;

import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.ops.AddColumn;
import io.retort.runtime.ops.AlterColumn;
import io.retort.runtime.ops.CreateCheckConstraint;
import io.retort.runtime.ops.CreateForeignKey;
import io.retort.runtime.ops.CreateIndex;
import io.retort.runtime.ops.CreateSequence;
import io.retort.runtime.ops.CreateTable;
import io.retort.runtime.ops.CreateUniqueConstraint;
import io.retort.runtime.ops.DropColumn;
import io.retort.runtime.ops.DropConstraint;
import io.retort.runtime.ops.DropIndex;
import io.retort.runtime.ops.DropSequence;
import io.retort.runtime.ops.DropTable;
import io.retort.runtime.ops.Execute;
import io.retort.runtime.ops.Operation;
import io.retort.runtime.ops.RenameTable;
import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.PrimaryKey;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Sequence;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Test-only: applies operations to a {@link SchemaModel} as a strict database would, failing where a
 * database would fail (a foreign key to a table that does not exist yet, dropping a table something
 * still references, dropping a column an index still uses, an {@code existing} that does not describe
 * the column). Replaying a comparison's upgrade and then its downgrade proves the order is executable and
 * the downgrade is exact.
 */
final class ModelReplay {
  private static final Pattern ALTER_SEQUENCE = Pattern.compile("ALTER SEQUENCE (\\S+) INCREMENT BY (-?\\d+)");

  private ModelReplay() {
  }

  static SchemaModel apply(SchemaModel model, List<Operation> operations) {
    SchemaModel m = model;
    for (Operation op : operations) {
      try {
        m = apply(m, op);
      } catch (IllegalStateException e) {
        throw new AssertionError("cannot apply " + op.describe() + ": " + e.getMessage(), e);
      }
    }
    return m;
  }

  private static SchemaModel apply(SchemaModel m, Operation op) {
    if (op instanceof CreateTable o) {
      check(m.table(o.table().name()).isEmpty(), "table exists");
      SchemaModel with = m.withTable(o.table());
      o.table().foreignKeys().forEach(fk -> checkForeignKey(with, o.table(), fk));
      o.table().indexes().forEach(ix -> checkColumns(o.table(), ix.columns()));
      o.table().uniqueConstraints().forEach(uq -> checkColumns(o.table(), uq.columns()));
      return with;
    }
    if (op instanceof DropTable o) {
      table(m, o.table());
      for (Table other : m.tables().values()) {
        if (!Names.same(other.name(), o.table())) {
          check(other.foreignKeys().stream().noneMatch(fk -> Names.same(fk.referencedTable(), o.table())),
              "table '" + other.name() + "' still references it");
        }
      }
      return m.withoutTable(o.table());
    }
    if (op instanceof RenameTable o) {
      Table t = table(m, o.table());
      check(m.table(o.newName()).isEmpty(), "new name taken");
      SchemaModel result = m.withoutTable(o.table()).withTable(t.withName(o.newName()));
      for (Table other : result.tables().values()) {
        result = result.withTable(other.withForeignKeys(other.foreignKeys().stream()
            .map(fk -> Names.same(fk.referencedTable(), o.table())
                ? new ForeignKey(fk.name(), fk.columns(), o.newName(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate())
                : fk)
            .toList()));
      }
      return result;
    }
    if (op instanceof AddColumn o) {
      Table t = table(m, o.table());
      check(t.column(o.column().name()).isEmpty(), "column exists");
      return m.withTable(t.withColumn(o.column()));
    }
    if (op instanceof DropColumn o) {
      Table t = table(m, o.table());
      Column c = t.column(o.column()).orElseThrow(() -> new IllegalStateException("no such column"));
      if (o.existing() != null) {
        check(sameColumn(c, o.existing()), "existing " + o.existing() + " is not the column " + c);
      }
      checkUnused(m, t, c.name());
      return m.withTable(t.withColumns(t.columns().stream().filter(x -> x != c).toList()));
    }
    if (op instanceof AlterColumn o) {
      return alterColumn(m, o);
    }
    if (op instanceof CreateIndex o) {
      Table t = table(m, o.table());
      checkColumns(t, o.index().columns());
      checkNameFree(t, o.index().name());
      List<Index> list = new ArrayList<>(t.indexes());
      list.add(o.index());
      return m.withTable(t.withIndexes(list));
    }
    if (op instanceof DropIndex o) {
      Table t = table(m, o.table());
      check(t.indexes().stream().anyMatch(ix -> Names.same(ix.name(), o.name())), "no such index");
      return m.withTable(t.withIndexes(t.indexes().stream().filter(ix -> !Names.same(ix.name(), o.name())).toList()));
    }
    if (op instanceof CreateUniqueConstraint o) {
      Table t = table(m, o.table());
      checkColumns(t, o.constraint().columns());
      checkNameFree(t, o.constraint().name());
      List<UniqueConstraint> list = new ArrayList<>(t.uniqueConstraints());
      list.add(o.constraint());
      return m.withTable(t.withUniqueConstraints(list));
    }
    if (op instanceof CreateCheckConstraint o) {
      Table t = table(m, o.table());
      checkNameFree(t, o.constraint().name());
      List<CheckConstraint> list = new ArrayList<>(t.checkConstraints());
      list.add(o.constraint());
      return m.withTable(t.withCheckConstraints(list));
    }
    if (op instanceof CreateForeignKey o) {
      Table t = table(m, o.table());
      checkNameFree(t, o.foreignKey().name());
      checkForeignKey(m, t, o.foreignKey());
      List<ForeignKey> list = new ArrayList<>(t.foreignKeys());
      list.add(o.foreignKey());
      return m.withTable(t.withForeignKeys(list));
    }
    if (op instanceof DropConstraint o) {
      Table t = table(m, o.table());
      switch (o.kind()) {
        case FOREIGN_KEY:
          check(t.foreignKeys().stream().anyMatch(x -> Names.same(x.name(), o.name())), "no such foreign key");
          return m.withTable(t.withForeignKeys(t.foreignKeys().stream().filter(x -> !Names.same(x.name(), o.name())).toList()));
        case UNIQUE:
          check(t.uniqueConstraints().stream().anyMatch(x -> Names.same(x.name(), o.name())), "no such unique constraint");
          return m.withTable(t.withUniqueConstraints(
              t.uniqueConstraints().stream().filter(x -> !Names.same(x.name(), o.name())).toList()));
        default:
          check(t.checkConstraints().stream().anyMatch(x -> Names.same(x.name(), o.name())), "no such check");
          return m.withTable(t.withCheckConstraints(
              t.checkConstraints().stream().filter(x -> !Names.same(x.name(), o.name())).toList()));
      }
    }
    if (op instanceof CreateSequence o) {
      check(m.sequence(o.sequence().name()).isEmpty(), "sequence exists");
      return m.withSequence(o.sequence());
    }
    if (op instanceof DropSequence o) {
      check(m.sequence(o.name()).isPresent(), "no such sequence");
      return m.withoutSequence(o.name());
    }
    if (op instanceof Execute o) {
      Matcher alter = ALTER_SEQUENCE.matcher(o.sql());
      check(alter.matches(), "unexpected SQL");
      Sequence s = m.sequence(alter.group(1)).orElseThrow(() -> new IllegalStateException("no such sequence"));
      return m.withSequence(new Sequence(s.name(), s.start(), Long.parseLong(alter.group(2))));
    }
    throw new IllegalStateException("replay does not know " + op);
  }

  private static SchemaModel alterColumn(SchemaModel m, AlterColumn o) {
    Table t = table(m, o.table());
    Column c = t.column(o.column()).orElseThrow(() -> new IllegalStateException("no such column"));
    check(o.existing() != null, "no existing column given");
    check(sameColumn(c, o.existing()), "existing " + o.existing() + " is not the column " + c);
    Column after = o.after().orElseThrow();
    List<Column> columns = t.columns().stream().map(x -> x == c ? after : x).toList();
    SchemaModel result = m.withTable(t.withColumns(columns));
    if (o.newName() == null) {
      return result;
    }
    check(t.column(o.newName()).isEmpty(), "new column name taken");
    NameMap names = new NameMap();
    names.column(t.name(), o.column(), o.newName());
    SchemaModel renamed = ModelRewriter.rewrite(m, names);
    Table rt = renamed.table(t.name()).orElseThrow();
    return renamed.withTable(rt.withColumns(rt.columns().stream()
        .map(x -> Names.same(x.name(), o.newName()) ? after : x).toList()));
  }

  private static boolean sameColumn(Column a, Column b) {
    return Names.same(a.name(), b.name()) && a.type().equals(b.type()) && a.isNullable() == b.isNullable()
        && java.util.Objects.equals(a.serverDefault(), b.serverDefault()) && a.isIdentity() == b.isIdentity();
  }

  private static void checkUnused(SchemaModel m, Table t, String column) {
    check(t.indexes().stream().noneMatch(ix -> contains(ix.columns(), column)), "an index uses it");
    check(t.uniqueConstraints().stream().noneMatch(uq -> contains(uq.columns(), column)), "a unique constraint uses it");
    check(t.foreignKeys().stream().noneMatch(fk -> contains(fk.columns(), column)), "a foreign key uses it");
    check(t.primaryKey() == null || !contains(t.primaryKey().columns(), column), "the primary key uses it");
    Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(Names.unquoted(column)) + "\\b");
    check(t.checkConstraints().stream().noneMatch(ck -> word.matcher(ck.condition()).find()), "a check uses it");
    for (Table other : m.tables().values()) {
      check(other.foreignKeys().stream().noneMatch(fk -> Names.same(fk.referencedTable(), t.name())
          && contains(fk.referencedColumns(), column)), "a foreign key of '" + other.name() + "' references it");
    }
  }

  private static void checkForeignKey(SchemaModel m, Table owner, ForeignKey fk) {
    checkColumns(owner, fk.columns());
    Table referenced = Names.same(fk.referencedTable(), owner.name()) ? owner
        : m.table(fk.referencedTable()).orElseThrow(() -> new IllegalStateException(
            "foreign key " + fk.name() + " references missing table '" + fk.referencedTable() + "'"));
    checkColumns(referenced, fk.referencedColumns());
  }

  private static void checkColumns(Table t, List<String> columns) {
    for (String c : columns) {
      check(t.column(c).isPresent(), "table '" + t.name() + "' has no column '" + c + "'");
    }
  }

  private static void checkNameFree(Table t, String name) {
    check(name != null, "unnamed element");
    List<String> names = new ArrayList<>();
    t.indexes().forEach(x -> names.add(x.name()));
    t.uniqueConstraints().forEach(x -> names.add(x.name()));
    t.checkConstraints().forEach(x -> names.add(x.name()));
    t.foreignKeys().forEach(x -> names.add(x.name()));
    check(names.stream().noneMatch(n -> Names.same(n, name)), "name '" + name + "' is taken in '" + t.name() + "'");
  }

  private static boolean contains(List<String> columns, String column) {
    return columns.stream().anyMatch(c -> Names.same(c, column));
  }

  private static Table table(SchemaModel m, String name) {
    return m.table(name).orElseThrow(() -> new IllegalStateException("no table '" + name + "'"));
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  /**
   * A comparable text of a model: names by their keys, types in the dialect's canonical form, elements
   * sorted; index and constraint names only when {@code withNames} (matched ones keep the database's).
   */
  static String form(SchemaModel m, Dialect dialect, boolean withNames) {
    StringBuilder out = new StringBuilder();
    for (Table t : m.tables().values()) {
      out.append("table ").append(Names.key(t.name())).append('\n');
      t.columns().stream().sorted(java.util.Comparator.comparing(c -> Names.key(c.name())))
          .forEach(c -> out.append("  column ").append(Names.key(c.name())).append(' ')
              .append(dialect.canonical(c.type())).append(c.isNullable() ? " null" : " not null")
              .append(" default=").append(dialect.canonicalDefault(c.serverDefault(), c.type()))
              .append(c.isIdentity() ? " identity" : "").append('\n'));
      PrimaryKey pk = t.primaryKey();
      out.append("  pk ").append(pk == null ? "none" : keys(pk.columns())).append('\n');
      TreeSet<String> elements = new TreeSet<>();
      t.foreignKeys().forEach(fk -> elements.add("fk " + name(fk.name(), withNames) + keys(fk.columns()) + " -> "
          + Names.key(fk.referencedTable()) + keys(fk.referencedColumns()) + " " + fk.onDelete() + " " + fk.onUpdate()));
      t.uniqueConstraints().forEach(uq -> elements.add("unique " + name(uq.name(), withNames) + keys(uq.columns())));
      t.checkConstraints().forEach(ck -> elements.add("check " + name(ck.name(), withNames)
          + CheckConditions.normalise(ck.condition())));
      t.indexes().forEach(ix -> elements.add((ix.unique() ? "unique index " : "index ") + name(ix.name(), withNames)
          + keys(ix.columns())));
      elements.forEach(e -> out.append("  ").append(e).append('\n'));
    }
    m.sequences().values().forEach(s -> out.append("sequence ").append(Names.key(s.name())).append(" start ")
        .append(s.start()).append(" increment ").append(s.increment()).append('\n'));
    return out.toString();
  }

  private static String name(String name, boolean withNames) {
    return withNames && name != null ? Names.key(name) + " " : "";
  }

  private static String keys(List<String> columns) {
    return columns.stream().map(Names::key).collect(Collectors.joining(",", "(", ")"));
  }
}
