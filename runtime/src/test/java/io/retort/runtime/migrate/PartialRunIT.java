package io.retort.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.RevisionScanner;
import io.retort.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A revision that stops part-way outside a transaction (the fixtures' "Add slug" opts out of its
 * transaction, so PostgreSQL keeps what ran too) is recorded, refused until repaired, and repaired
 * by resuming from the next statement or by clearing the record after a manual fix.
 */
class PartialRunIT {
  private static final String FIXTURES = "io.retort.runtime.fixtures.partial.";

  /** v1: statement 3 of 4 fails; v2: fixed; v3: fixed, but statement 1 changed too. */
  private static Migrator migrator(TestDatabase db, String version) {
    ClassLoader loader = PartialRunIT.class.getClassLoader();
    RevisionGraph graph = RevisionScanner.scan(loader, FIXTURES + version);
    return new Migrator(ConnectionSource.of(db.url(), db.user(), db.password()), Dialects.forUrl(db.url()), graph, loader,
        MigrationSettings.DEFAULTS);
  }

  private static String query(TestDatabase db, String sql) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static void execute(TestDatabase db, String sql) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Runs v1 to its failure and checks what is recorded. */
  private static PartialRun failAtTheThirdStatement(TestDatabase db) throws Exception {
    RetortException failure = assertThrows(RetortException.class, () -> migrator(db, "v1").upgrade("head"));
    assertTrue(failure.getMessage().startsWith("Upgrade b00000000001 -> b00000000002 (Add slug) failed at statement 3 of 4: "
        + "UPDATE no_such_table SET slug = NULL: "), failure.getMessage());
    assertTrue(failure.getMessage().contains("so statements 1-2 of this revision stayed applied; the version table still shows "
        + "b00000000001. Retort recorded this in retort_version_progress"), failure.getMessage());
    assertTrue(failure.getMessage().endsWith("fix the revision and run 'retort repair --resume' to run statements 3-4, or undo "
        + "statements 1-2 by hand and run 'retort repair --clear'."), failure.getMessage());
    assertEquals(List.of("b00000000001"), migrator(db, "v1").current());
    assertEquals("blue shirt", query(db, "SELECT slug FROM items WHERE id = 1"), "statements 1-2 stayed applied");

    PartialRun partial = migrator(db, "v2").partialRun().orElseThrow();
    assertEquals("b00000000002", partial.revisionId());
    assertEquals(Direction.UPGRADE, partial.direction());
    assertEquals(2, partial.statementsDone());
    assertEquals(4, partial.statementsTotal());
    assertEquals(PartialRun.Status.FAILED, partial.status());
    assertTrue(partial.error().toLowerCase(Locale.ROOT).contains("no_such_table"), partial.error());
    return partial;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void aFailedRevisionIsRecordedRefusedAndResumedAfterTheFix(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      failAtTheThirdStatement(db);
      Migrator fixed = migrator(db, "v2");

      RetortException refused = assertThrows(RetortException.class, () -> fixed.upgrade("head"));
      assertTrue(refused.getMessage().matches("A partial upgrade of revision b00000000002 \\(Add slug\\) is recorded: statement 3 "
          + "of 4 failed at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ \\(.*no_such_table.*\\); statements 1-2 stayed applied; "
          + "the version table shows b00000000001\\. Nothing runs until this is repaired: fix the revision if needed and run "
          + "'retort repair --resume' to run the remaining statements and record it, or undo statements 1-2 by hand and run "
          + "'retort repair --clear'"), refused.getMessage());
      assertThrows(RetortException.class, () -> fixed.downgrade("base"), "no direction runs while the record is there");
      assertEquals("A partial upgrade", assertThrows(RetortException.class, fixed::verify).getMessage().substring(0, 17));
      assertEquals(1, fixed.problems().size());
      assertTrue(fixed.problems().get(0).startsWith("A partial upgrade of revision b00000000002"), fixed.problems().get(0));
      assertTrue(fixed.partialRunReport().orElseThrow().startsWith("A partial upgrade of revision b00000000002"));
      RetortException stamp = assertThrows(RetortException.class, () -> fixed.stamp("head"));
      assertTrue(stamp.getMessage().startsWith("Stamp refused: A partial upgrade of revision b00000000002"), stamp.getMessage());

      RetortException changed = assertThrows(RetortException.class, () -> migrator(db, "v3").resume());
      assertEquals("Cannot resume the upgrade of revision b00000000002 (Add slug): its first 2 statements are no longer the ones "
          + "that ran (the revision was edited before the failed statement). Restore those statements in the revision, or undo "
          + "statements 1-2 by hand and run 'retort repair --clear'", changed.getMessage());
      assertEquals(2, fixed.partialRun().orElseThrow().statementsDone(), "a refused resume changes nothing");

      List<String> running = new java.util.ArrayList<>();
      Repaired repaired = fixed.listener((direction, revision, step) -> running.add(step)).resume().orElseThrow();
      assertEquals(List.of(" -> b00000000002".replace(" -> ", "b00000000001 -> ")), running);
      assertEquals(2, repaired.statementsRun());
      assertEquals(List.of("b00000000002"), repaired.heads());
      assertEquals(2, repaired.partialRun().statementsDone());
      assertEquals(List.of("b00000000002"), fixed.current());
      assertEquals(Optional.empty(), fixed.partialRun());
      assertEquals("2", query(db, "SELECT COUNT(*) FROM items"));
      assertEquals("red-hat", query(db, "SELECT slug FROM items WHERE id = 2"));
      assertEquals(fixed.checksum("b00000000002"), fixed.recordedChecksums().get("b00000000002"), "recorded as a normal run");
      fixed.verify();
      assertEquals(List.of(), fixed.problems());
      assertEquals(Optional.empty(), fixed.resume(), "nothing left to repair");

      assertEquals(List.of(), fixed.upgrade("head"));
      assertEquals(1, fixed.downgrade("-1").size(), "the resumed revision downgrades like any other");
      assertEquals(List.of("b00000000001"), fixed.current());
      assertEquals(1, fixed.upgrade("head").size());
      assertEquals(Optional.empty(), fixed.partialRun(), "a completed run leaves no record");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void clearingTheRecordAfterUndoingByHand(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      failAtTheThirdStatement(db);
      Migrator fixed = migrator(db, "v2");
      execute(db, "ALTER TABLE items DROP COLUMN slug");

      Repaired cleared = fixed.clearPartialRun().orElseThrow();
      assertEquals("b00000000002", cleared.partialRun().revisionId());
      assertEquals(0, cleared.statementsRun());
      assertEquals(List.of("b00000000001"), cleared.heads(), "the version table stays at the revision before");
      assertEquals(Optional.empty(), fixed.partialRun());
      assertEquals(Optional.empty(), fixed.clearPartialRun());

      assertEquals(List.of("b00000000002"), fixed.upgrade("head").stream().map(RevisionInfo::id).toList());
      assertEquals("2", query(db, "SELECT COUNT(*) FROM items"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void aDowngradeThatStopsPartWayIsResumedAsADowngrade(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Migrator fixed = migrator(db, "v2");
      fixed.upgrade("head");
      // the downgrade deletes row 2, drops the index, drops the column: without the index its statement 2 fails
      execute(db, kind == TestDatabase.Kind.MARIADB ? "DROP INDEX ix_items_slug ON items" : "DROP INDEX ix_items_slug");
      RetortException failure = assertThrows(RetortException.class, () -> fixed.downgrade("base"));
      assertTrue(failure.getMessage().startsWith("Downgrade b00000000002 -> b00000000001 (Add slug) failed at statement 2 of 3: "),
          failure.getMessage());
      PartialRun partial = fixed.partialRun().orElseThrow();
      assertEquals(Direction.DOWNGRADE, partial.direction());
      assertEquals(1, partial.statementsDone());
      assertEquals(List.of("b00000000002"), fixed.current());
      assertTrue(assertThrows(RetortException.class, () -> fixed.upgrade("head")).getMessage()
          .startsWith("A partial downgrade of revision b00000000002 (Add slug) is recorded: statement 2 of 3 failed at "));

      execute(db, "CREATE INDEX ix_items_slug ON items (slug)");
      Repaired repaired = fixed.resume().orElseThrow();
      assertEquals(2, repaired.statementsRun());
      assertEquals(List.of("b00000000001"), repaired.heads());
      assertEquals(List.of("b00000000001"), fixed.current());
      assertEquals(null, fixed.recordedChecksums().get("b00000000002"), "undone as a normal downgrade: its checksum is gone");
      assertEquals("1", query(db, "SELECT COUNT(*) FROM items"));
      assertEquals(1, fixed.upgrade("head").size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void resumeRefusesWhenTheVersionTableNoLongerFits(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      failAtTheThirdStatement(db);
      execute(db, "DELETE FROM retort_version");
      RetortException e = assertThrows(RetortException.class, () -> migrator(db, "v2").resume());
      assertEquals("Cannot resume the upgrade of revision b00000000002: the version table shows base (no revision applied), which "
          + "is not where that upgrade starts (it was changed since, e.g. by stamp). Make the database match by hand and run "
          + "'retort repair --clear'", e.getMessage());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void aRevisionInsideATransactionLeavesNoRecord(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      ClassLoader loader = PartialRunIT.class.getClassLoader();
      Migrator failing = new Migrator(ConnectionSource.of(db.url(), db.user(), db.password()), Dialects.forUrl(db.url()),
          RevisionScanner.scan(loader, "io.retort.runtime.fixtures.failing"), loader,
          MigrationSettings.DEFAULTS.withTransactionPerMigration(true));
      assertThrows(RetortException.class, () -> failing.upgrade("head"));
      Optional<PartialRun> partial = failing.partialRun();
      if (Dialects.forUrl(db.url()).transactionalDdl()) {
        assertEquals(Optional.empty(), partial, "rolled back: nothing to record");
        assertThrows(Exception.class, () -> query(db, "SELECT COUNT(*) FROM retort_version_progress"),
            "runs inside a transaction do not even create the progress table");
      } else {
        assertEquals(1, partial.orElseThrow().statementsDone());
        assertEquals(2, partial.orElseThrow().statementsTotal());
      }
    }
  }
}
