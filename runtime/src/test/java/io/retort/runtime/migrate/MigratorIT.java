package io.retort.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.RevisionScanner;
import io.retort.runtime.testing.SchemaDump;
import io.retort.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The migrator against real databases: round trips, failures, locking, checksums. */
class MigratorIT {
  private static final String FIXTURES = "io.retort.runtime.fixtures.";

  private static Migrator migrator(TestDatabase db, String fixture, MigrationSettings settings) {
    ClassLoader loader = MigratorIT.class.getClassLoader();
    RevisionGraph graph = RevisionScanner.scan(loader, FIXTURES + fixture);
    Dialect dialect = Dialects.forUrl(db.url());
    return new Migrator(ConnectionSource.of(db.url(), db.user(), db.password()), dialect, graph, loader, settings);
  }

  private static Migrator migrator(TestDatabase db, String fixture) {
    return migrator(db, fixture, MigrationSettings.DEFAULTS);
  }

  private static List<String> ids(List<RevisionInfo> revisions) {
    return revisions.stream().map(RevisionInfo::id).toList();
  }

  private static long count(TestDatabase db, String sql) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(TestDatabase db, String sql) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void upgradeDowngradeUpgradeRoundTrip(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = migrator(db, "shop");
      assertEquals(List.of(), migrator.current());

      assertEquals(List.of("a00000000001", "a00000000002"), ids(migrator.upgrade("+2")));
      assertEquals(List.of("a00000000002"), migrator.current());
      execute(db, "INSERT INTO products (name, price, created_at) VALUES ('Blue Shirt', 10.50, CURRENT_TIMESTAMP)");
      String atTwo = SchemaDump.of(db);

      assertEquals(List.of("a00000000003", "a00000000004"), ids(migrator.upgrade("head")));
      assertEquals(List.of("a00000000004"), migrator.current());
      assertEquals(1, count(db, "SELECT COUNT(*) FROM products WHERE slug = 'blue-shirt'"));
      execute(db, "INSERT INTO categories (name) VALUES ('shirts')");
      execute(db, "UPDATE products SET category_id = (SELECT id FROM categories)");
      execute(db, "DELETE FROM categories");
      assertEquals(0, count(db, "SELECT COUNT(*) FROM products"), "ON DELETE CASCADE removed the product");

      assertEquals(List.of("a00000000004", "a00000000003"), ids(migrator.downgrade("-2")));
      assertEquals(List.of("a00000000002"), migrator.current());
      assertEquals(atTwo, SchemaDump.of(db), "downgrade restores the schema exactly");

      assertEquals(2, migrator.downgrade("base").size());
      assertEquals(List.of(), migrator.current());
      assertEquals(4, migrator.upgrade("head").size());
      assertEquals(List.of("a00000000004"), migrator.current());
      assertEquals(List.of(), migrator.upgrade("head"), "nothing left to do");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aFailingRevisionNamesTheStatementAndLeavesTheLastCompletedRevision(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = migrator(db, "failing", MigrationSettings.DEFAULTS.withTransactionPerMigration(true));
      RetortException e = assertThrows(RetortException.class, () -> migrator.upgrade("head"));
      assertTrue(e.getMessage().startsWith("Upgrade f00000000001 -> f00000000002 (Broken revision) failed at statement 2 of 2: "
          + "INSERT INTO no_such_table (id) VALUES (?)"), e.getMessage());
      assertEquals(List.of("f00000000001"), migrator.current(), "the completed revision stays recorded");
      assertEquals(0, count(db, "SELECT COUNT(*) FROM tags"));
      Dialect dialect = Dialects.forUrl(db.url());
      if (dialect.transactionalDdl()) {
        assertTrue(e.getMessage().contains("Its transaction was rolled back; the database is at f00000000001."), e.getMessage());
        assertThrows(Exception.class, () -> count(db, "SELECT COUNT(*) FROM labels"), "labels was rolled back");
      } else {
        assertTrue(e.getMessage().contains("statement 1 of this revision stayed applied; the version table still shows "
            + "f00000000001"), e.getMessage());
        assertEquals(0, count(db, "SELECT COUNT(*) FROM labels"), "the DDL before the failure stayed");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void oneTransactionForTheWholeRunRollsEverythingBackWhereDdlIsTransactional(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = migrator(db, "failing");
      assertThrows(RetortException.class, () -> migrator.upgrade("head"));
      if (Dialects.forUrl(db.url()).transactionalDdl()) {
        assertEquals(List.of(), migrator.current());
        assertThrows(Exception.class, () -> count(db, "SELECT COUNT(*) FROM tags"));
      } else {
        assertEquals(List.of("f00000000001"), migrator.current());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void twoConcurrentUpgradesApplyEachRevisionOnce(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Callable<List<RevisionInfo>>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          runs.add(() -> migrator(db, "slow").upgrade("head"));
        }
        List<Integer> applied = new ArrayList<>();
        for (Future<List<RevisionInfo>> run : pool.invokeAll(runs)) {
          applied.add(run.get().size());
        }
        applied.sort(null);
        assertEquals(List.of(0, 2), applied, "one upgrade ran both revisions, the other found nothing to do");
      } finally {
        pool.shutdownNow();
      }
      assertEquals(1, count(db, "SELECT COUNT(*) FROM audit_log"));
      assertEquals(List.of("500000000002"), migrator(db, "slow").current());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void pendingChecksumsAndVerifyReadWithoutChangingAnything(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = migrator(db, "shop");
      assertEquals(List.of("a00000000001", "a00000000002", "a00000000003", "a00000000004"), ids(migrator.pending()));
      assertEquals(java.util.Map.of(), migrator.recordedChecksums());
      migrator.verify();
      try (Connection c = db.connect()) {
        assertFalse(new VersionTable(Dialects.forUrl(db.url()), "retort_version").exists(c), "reading created no version table");
      }

      migrator.upgrade("+2");
      assertEquals(List.of("a00000000003", "a00000000004"), ids(migrator.pending()));
      java.util.Map<String, String> recorded = migrator.recordedChecksums();
      assertEquals(java.util.Set.of("a00000000001", "a00000000002"), recorded.keySet());
      assertEquals(recorded.get("a00000000001"), migrator.checksum("a00000000001"));
      assertEquals(64, migrator.checksum("a00000000004").length());
      migrator.verify();
      migrator.upgrade("head");
      assertEquals(List.of(), migrator.pending());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void verifyCatchesAnEditedRevisionAndAnUnknownOneWithoutRunningAnything(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      migrator(db, "edited.v1").upgrade("head");
      Migrator edited = migrator(db, "edited.v2");
      assertEquals(List.of(), edited.pending());
      RetortException e = assertThrows(RetortException.class, edited::verify);
      assertTrue(e.getMessage().startsWith("Revision e00000000001 (Create notes) was edited after it was applied"), e.getMessage());
      assertTrue(!edited.recordedChecksums().get("e00000000001").equals(edited.checksum("e00000000001")));

      Migrator other = migrator(db, "shop");
      RetortException unknown = assertThrows(RetortException.class, other::verify);
      assertTrue(unknown.getMessage().startsWith("The database is at revision e00000000001, which is not among the revisions"),
          unknown.getMessage());
      assertThrows(RetortException.class, other::pending);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void anAppliedRevisionThatWasEditedIsCaught(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      migrator(db, "edited.v1").upgrade("head");
      Migrator edited = migrator(db, "edited.v2");
      RetortException e = assertThrows(RetortException.class, () -> edited.upgrade("head"));
      assertTrue(e.getMessage().startsWith("Revision e00000000001 (Create notes) was edited after it was applied"), e.getMessage());
      edited.stamp("e00000000001");
      assertEquals(List.of(), edited.upgrade("head"), "stamp accepted the edit");
    }
  }

  @org.junit.jupiter.api.Test
  void aRevisionThatCannotRunInATransactionRunsOutsideOneOnPostgresql() throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL)) {
      Migrator migrator = migrator(db, "concurrently");
      assertEquals(List.of("c00000000001", "c00000000002", "c00000000003"), ids(migrator.upgrade("head")),
          "the transactions before and after it still commit");
      assertEquals(1, count(db, "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = '" + db.name()
          + "' AND indexname = 'ix_events_kind'"));
      assertEquals(3, migrator.downgrade("base").size());
      assertEquals(List.of(), migrator.current());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void stampMovesTheVersionTableWithoutRunningAnything(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator migrator = migrator(db, "shop");
      assertEquals(List.of("a00000000002"), migrator.stamp("a00000000002"));
      assertEquals(List.of("a00000000002"), migrator.current());
      assertThrows(Exception.class, () -> count(db, "SELECT COUNT(*) FROM products"), "no table was created");
      assertEquals(List.of(), migrator.stamp("base"));
      assertEquals(List.of(), migrator.current());
      assertFalse(SchemaDump.of(db).contains("products"));
    }
  }
}
