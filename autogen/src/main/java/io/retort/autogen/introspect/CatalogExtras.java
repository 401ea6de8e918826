package io.retort.autogen.introspect;

import io.retort.runtime.schema.CheckConstraint;
import io.retort.runtime.schema.ColumnType;
import io.retort.runtime.schema.Sequence;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the introspector reads with its own queries rather than from SchemaCrawler, keyed by names
 * exactly as the database stores them. SchemaCrawler 16.27.1 gives check constraints only with its
 * PostgreSQL and MySQL plugins (PostgreSQL's mixed with its NOT NULL checks, MySQL's unique-constraint
 * columns query fails on MariaDB), sequences only on PostgreSQL and without their start value, and
 * nothing of the kind on H2; one catalog query per item is both exact and cheap on all three.
 *
 * @param checks check constraints by table, NOT NULL and MariaDB's JSON checks left out
 * @param sequences sequences that belong to no identity or serial column
 * @param columnTypes column types the native type name does not tell: enumeration values, MariaDB's JSON
 * @param indexOrigins the constraint behind each index the database created for a constraint
 */
record CatalogExtras(Map<String, List<CheckConstraint>> checks, List<Sequence> sequences,
    Map<ColumnRef, ColumnType> columnTypes, Map<IndexRef, IndexOrigin> indexOrigins) {

  CatalogExtras {
    checks = Map.copyOf(checks);
    sequences = List.copyOf(sequences);
    columnTypes = Map.copyOf(columnTypes);
    indexOrigins = Map.copyOf(indexOrigins);
  }

  /** A column, by stored table and column name. */
  record ColumnRef(String table, String column) {
  }

  /** An index, by stored table and index name. */
  record IndexRef(String table, String index) {
  }

  /** The constraint an index was created for. */
  record IndexOrigin(Kind kind, String constraintName) {

    /** The kinds of constraint a database backs with an index. */
    enum Kind {
      PRIMARY_KEY, UNIQUE, FOREIGN_KEY;

      /** The kind named by {@code information_schema.table_constraints.constraint_type}. */
      static Kind ofConstraintType(String constraintType) {
        return switch (constraintType.toUpperCase(Locale.ROOT)) {
          case "PRIMARY KEY" -> PRIMARY_KEY;
          case "UNIQUE" -> UNIQUE;
          case "FOREIGN KEY" -> FOREIGN_KEY;
          default -> throw new IllegalArgumentException("not an indexed constraint type: " + constraintType);
        };
      }
    }
  }
}
