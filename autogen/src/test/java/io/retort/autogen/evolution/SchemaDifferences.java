package io.retort.autogen.evolution;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Two schemas read from databases, compared element by element, with one readable line per
 * difference ({@code table e3: column f7: varchar(40) NULL vs varchar(80) NULL}).
 *
 * <p>What the comparison leaves out, and why: the order of columns (a column a downgrade adds back
 * comes last; neither Retort nor Hibernate promises an order); the names of primary keys and check
 * constraints (Hibernate never names them, so the database invents them: {@code e3_pkey},
 * {@code CONSTRAINT_4}, {@code e3_f7_check}); and names of unique constraints and indexes that the
 * database invented ({@link #INVENTED}: H2's {@code PRIMARY_KEY_89} and {@code CONSTRAINT_INDEX_2},
 * PostgreSQL's {@code ..._key}), which are compared by their columns alone; and a unique constraint
 * the database invented on exactly the primary key's columns, which adds nothing to the primary key
 * (H2 makes one, {@code PRIMARY_KEY_nn}, on a JOINED subclass table when it copies a table it
 * references during an ALTER TABLE, so it depends on the history, not on the entities). Everything else is compared, names included: column
 * names, types, nullability, defaults, identity; primary-key columns in order; foreign keys (name,
 * columns, referenced table and columns, rules); unique constraints and indexes (name, columns,
 * uniqueness); check conditions; sequences (name, start, increment).
 */
final class SchemaDifferences {
  /** Names only a database gives: Hibernate's own are {@code UK...}, {@code FK...} or the entities' explicit names. */
  static final java.util.regex.Pattern INVENTED = java.util.regex.Pattern.compile(
      "(?i)(primary_key_[0-9a-f]+|constraint_(index_)?[0-9a-f]+|.*_key|.*_pkey)");

  private SchemaDifferences() {
  }

  /** The differences, as lines; empty when the schemas are the same. */
  static List<String> between(SchemaModel expected, SchemaModel actual, String expectedName, String actualName) {
    List<String> lines = new ArrayList<>();
    Set<String> tables = new TreeSet<>(expected.tables().keySet());
    tables.addAll(actual.tables().keySet());
    for (String key : tables) {
      Table e = expected.tables().get(key);
      Table a = actual.tables().get(key);
      if (e == null) {
        lines.add("table " + a.name() + ": only in " + actualName);
      } else if (a == null) {
        lines.add("table " + e.name() + ": only in " + expectedName);
      } else {
        table(e, a, expectedName, actualName, lines);
      }
    }
    elements("", "sequence", expected.sequences().values(), actual.sequences().values(), SchemaDifferences::sequence, expectedName,
        actualName, lines);
    return lines;
  }

  private static void table(Table e, Table a, String expectedName, String actualName, List<String> lines) {
    String prefix = "table " + e.name() + ": ";
    Map<String, Column> ec = columns(e);
    Map<String, Column> ac = columns(a);
    Set<String> names = new TreeSet<>(ec.keySet());
    names.addAll(ac.keySet());
    for (String name : names) {
      Column x = ec.get(name);
      Column y = ac.get(name);
      if (x == null) {
        lines.add(prefix + "column " + y.name() + " only in " + actualName + " (" + column(y) + ")");
      } else if (y == null) {
        lines.add(prefix + "column " + x.name() + " only in " + expectedName + " (" + column(x) + ")");
      } else if (!column(x).equals(column(y))) {
        lines.add(prefix + "column " + x.name() + ": " + column(x) + " in " + expectedName + ", " + column(y) + " in " + actualName);
      }
    }
    String epk = e.primaryKey() == null ? "none" : keys(e.primaryKey().columns()).toString();
    String apk = a.primaryKey() == null ? "none" : keys(a.primaryKey().columns()).toString();
    if (!epk.equals(apk)) {
      lines.add(prefix + "primary key " + epk + " in " + expectedName + ", " + apk + " in " + actualName);
    }
    elements(prefix, "foreign key", e.foreignKeys(), a.foreignKeys(), SchemaDifferences::foreignKey, expectedName, actualName, lines);
    elements(prefix, "unique constraint", uniques(e), uniques(a), SchemaDifferences::unique, expectedName, actualName, lines);
    elements(prefix, "check", e.checkConstraints(), a.checkConstraints(), SchemaDifferences::check, expectedName, actualName, lines);
    elements(prefix, "index", e.indexes(), a.indexes(), SchemaDifferences::index, expectedName, actualName, lines);
  }

  private static <T> void elements(String prefix, String what, java.util.Collection<T> expected, java.util.Collection<T> actual,
      Function<T, String> describe, String expectedName, String actualName, List<String> lines) {
    Set<String> e = new TreeSet<>(expected.stream().map(describe).toList());
    Set<String> a = new TreeSet<>(actual.stream().map(describe).toList());
    for (String x : e) {
      if (!a.contains(x)) {
        lines.add(prefix + what + " " + x + " only in " + expectedName);
      }
    }
    for (String y : a) {
      if (!e.contains(y)) {
        lines.add(prefix + what + " " + y + " only in " + actualName);
      }
    }
  }

  /** The table's unique constraints but one the database invented on the primary key's own columns. */
  private static List<UniqueConstraint> uniques(Table table) {
    List<String> pk = table.primaryKey() == null ? List.of() : keys(table.primaryKey().columns());
    return table.uniqueConstraints().stream()
        .filter(uc -> !(uc.name() != null && INVENTED.matcher(uc.name()).matches() && keys(uc.columns()).equals(pk))).toList();
  }

  private static Map<String, Column> columns(Table table) {
    Map<String, Column> columns = new TreeMap<>();
    table.columns().forEach(c -> columns.put(Names.key(c.name()), c));
    return columns;
  }

  private static String column(Column c) {
    return c.type().describe() + (c.type().length() != null && !c.type().describe().contains("(") ? "(" + c.type().length() + ")" : "")
        + (c.isNullable() ? " NULL" : " NOT NULL") + (c.serverDefault() == null ? "" : " DEFAULT " + c.serverDefault())
        + (c.isIdentity() ? " IDENTITY" : "");
  }

  private static String foreignKey(ForeignKey fk) {
    return key(fk.name()) + keys(fk.columns()) + " -> " + key(fk.referencedTable()) + keys(fk.referencedColumns())
        + " on delete " + fk.onDelete() + " on update " + fk.onUpdate();
  }

  private static String unique(UniqueConstraint uc) {
    return invented(uc.name()) + keys(uc.columns());
  }

  private static String check(CheckConstraint check) {
    return "(" + check.condition() + ")";
  }

  private static String index(Index index) {
    return invented(index.name()) + keys(index.columns()) + (index.unique() ? " unique" : "");
  }

  private static String sequence(Sequence s) {
    return key(s.name()) + " start " + s.start() + " increment " + s.increment();
  }

  private static String invented(String name) {
    return name == null || INVENTED.matcher(name).matches() ? "(named by the database)" : key(name);
  }

  private static String key(String name) {
    return name == null ? "(unnamed)" : Names.key(name);
  }

  private static List<String> keys(List<String> names) {
    return names.stream().map(SchemaDifferences::key).toList();
  }
}
