package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.runtime.testing.SchemaDump;
import io.retort.runtime.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The oracle of Spring Boot itself: the schema the application creates with ddl-auto=create on a
 * fresh database (Retort off) is the one the example's Retort revisions build, table for table,
 * column for column (type, size, nullability), index for index and foreign key for foreign key; and
 * Retort's check, with the entities mapped as Spring maps them, finds the ddl-auto=create database clean.
 *
 * <p>Constraint names are compared too: Hibernate's generated foreign-key name is the same on both
 * sides. An unnamed {@code @Column(unique = true)} is not: Spring Boot's Hibernate 7.2 writes it inline on
 * H2 and PostgreSQL, so the database names it (CONSTRAINT_INDEX_n, category_name_key), while the revision
 * names it UK... as Hibernate's model does (check does not report that difference); the example therefore
 * names its unique constraint.
 */
class SpringSchemaOracleIT {

  @ParameterizedTest(name = "{0}: the schema of ddl-auto=create equals the one the Retort revisions build")
  @MethodSource("com.example.shop.Shop#databases")
  void ddlAutoCreateEqualsTheRevisions(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase bySpring = TestDatabase.create(kind); TestDatabase byRetort = TestDatabase.create(kind)) {
      try (ConfigurableApplicationContext app = Shop.on(bySpring).with("retort.enabled", "false")
          .with("spring.jpa.hibernate.ddl-auto", "create").start()) {
        // Hibernate created the schema while starting
      }
      Shop.Result upgrade = Shop.retort(byRetort, "upgrade", "head");
      assertEquals(0, upgrade.exit(), upgrade::toString);

      Shop.Result stamp = Shop.retort(bySpring, "stamp", "head");
      assertEquals(0, stamp.exit(), stamp::toString);
      Shop.Result check = Shop.retort(bySpring, "check");
      assertEquals(0, check.exit(), check::toString);
      assertEquals("No new upgrade operations detected.", check.out().strip(), check::toString);

      assertEquals(normalized(SchemaDump.of(bySpring)), normalized(SchemaDump.of(byRetort)));
    }
  }

  /**
   * The dump without the tables Retort and Spring have no reason to share (Retort's version tables, which
   * a stamp adds to the ddl-auto database too), and with each table's columns sorted by name: the order
   * Hibernate 7.2 writes them in its CREATE TABLE differs from the order of the generated revision, and
   * column order is not part of what either tool promises.
   */
  static String normalized(String dump) {
    StringBuilder out = new StringBuilder();
    for (String table : dump.split("(?m)^(?=table )")) {
      if (table.isBlank() || table.startsWith("table retort_version")) {
        continue;
      }
      java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(table.split("\n")));
      java.util.List<String> columns = lines.stream().filter(l -> l.startsWith("  column ")).sorted().toList();
      out.append(lines.get(0)).append('\n');
      columns.forEach(c -> out.append(c).append('\n'));
      lines.stream().skip(1).filter(l -> !l.startsWith("  column ")).forEach(l -> out.append(l).append('\n'));
    }
    return out.toString();
  }
}
