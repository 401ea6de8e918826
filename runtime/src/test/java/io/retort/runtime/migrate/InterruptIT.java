package io.retort.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.dialect.MigrationLockTimeoutException;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.RevisionScanner;
import io.retort.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Migrator#interrupt} against real databases: the running statement is cancelled in the
 * server, the run fails like a failing statement (rolled back where DDL is transactional), the lock
 * is free again at once; an interrupt stops a wait for the lock; a lock wait names the holder and
 * gives up after the timeout, or goes on when the holder lets go.
 */
class InterruptIT {
  private static final String LOCK = "retort:retort_version";

  private static Migrator migrator(TestDatabase db, int lockTimeoutSeconds) {
    ClassLoader loader = InterruptIT.class.getClassLoader();
    RevisionGraph graph = RevisionScanner.scan(loader, "io.retort.runtime.fixtures.interrupted");
    return new Migrator(ConnectionSource.of(db.url(), db.user(), db.password()), Dialects.forUrl(db.url()), graph, loader,
        MigrationSettings.DEFAULTS.withLockTimeoutSeconds(lockTimeoutSeconds));
  }

  /** Records what the migrator tells, and lets a test wait for it. */
  private static final class Heard implements MigrationListener {
    final CountDownLatch slowRevision = new CountDownLatch(1);
    final CountDownLatch waiting = new CountDownLatch(1);
    final AtomicReference<String> holder = new AtomicReference<>();
    int waitingCalls;

    @Override
    public void running(Direction direction, RevisionInfo revision, String step) {
      if (revision.id().equals("700000000002")) {
        slowRevision.countDown();
      }
    }

    @Override
    public synchronized void waitingForLock(String who) {
      waitingCalls++;
      holder.set(who);
      waiting.countDown();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void anInterruptCancelsTheRunningStatementAndSaysWhereTheDatabaseIs(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      Heard heard = new Heard();
      Migrator migrator = migrator(db, 5).listener(heard);
      CompletableFuture<List<RevisionInfo>> run = CompletableFuture.supplyAsync(() -> migrator.upgrade("head"));
      assertTrue(heard.slowRevision.await(30, TimeUnit.SECONDS), "the slow revision started");
      Thread.sleep(700); // the slow query is running now

      long interrupted = System.nanoTime();
      migrator.interrupt("TEST");
      ExecutionException thrown = assertThrows(ExecutionException.class, () -> run.get(10, TimeUnit.SECONDS));
      Duration took = Duration.ofNanos(System.nanoTime() - interrupted);
      assertTrue(took.toMillis() < 5000, "stopped at once, not after " + took);

      assertTrue(thrown.getCause() instanceof RetortException, String.valueOf(thrown.getCause()));
      String message = thrown.getCause().getMessage();
      assertTrue(message.startsWith("Interrupted (TEST) during upgrade 700000000001 -> 700000000002 (Slow query) at statement "),
          message);
      Dialect dialect = Dialects.forUrl(db.url());
      Migrator fresh = migrator(db, 0);
      if (dialect.transactionalDdl()) {
        assertTrue(message.contains("at statement 2 of 3: run a slow query. Its transaction was rolled back; the database is at base (no revision applied)."),
            message);
        assertEquals(List.of(), fresh.current(), "the whole run was rolled back");
        assertFalse(tableExists(db, "notes"), "notes was rolled back");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'"),
            "no backend still runs the cancelled statement");
      } else {
        // MariaDB's KILL QUERY may let SLEEP() return early (statement 2 ends, statement 3 refuses to start)
        assertTrue(message.matches(".* at statement [23] of 3: .*"), message);
        assertTrue(message.contains("of this revision stayed applied; the version table still shows 700000000001."), message);
        assertEquals(List.of("700000000001"), fresh.current());
        assertEquals(0, count(db, "SELECT COUNT(*) FROM notes"), "the row after the slow query was never written");
      }
      // the lock was released: the next run takes it at once
      try (Connection c = db.connect(); Dialect.MigrationLock free = dialect.lock(c, LOCK, 0)) {
        assertTrue(free != null);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void anInterruptStopsTheWaitForTheLock(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection holding = db.connect();
        Dialect.MigrationLock held = Dialects.forUrl(db.url()).lock(holding, LOCK, 0)) {
      Heard heard = new Heard();
      Migrator migrator = migrator(db, 60).listener(heard);
      CompletableFuture<List<RevisionInfo>> run = CompletableFuture.supplyAsync(() -> migrator.upgrade("head"));
      assertTrue(heard.waiting.await(30, TimeUnit.SECONDS), "said that it waits");

      migrator.interrupt("TEST");
      ExecutionException thrown = assertThrows(ExecutionException.class, () -> run.get(5, TimeUnit.SECONDS));
      assertEquals("Interrupted (TEST) while waiting for the migration lock held by " + heard.holder.get() + "; nothing was changed",
          thrown.getCause().getMessage());
      assertFalse(tableExists(db, "retort_version"), "nothing was changed");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void aLockWaitNamesTheHolderAndGivesUpAfterTheTimeout(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection holding = db.connect()) {
      String expected = describeHolder(kind, holding);
      try (Dialect.MigrationLock held = Dialects.forUrl(db.url()).lock(holding, LOCK, 0)) {
        Heard heard = new Heard();
        long started = System.nanoTime();
        MigrationLockTimeoutException refused = assertThrows(MigrationLockTimeoutException.class,
            () -> migrator(db, 2).listener(heard).upgrade("head"));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(waited.toMillis() >= 1900 && waited.toMillis() < 10_000, "waited for the timeout, not " + waited);

        assertEquals(1, heard.waitingCalls, "said once that it waits");
        assertTrue(heard.holder.get().startsWith(expected), heard.holder.get() + " should start with " + expected);
        assertTrue(refused.getMessage().startsWith("Could not acquire the migration lock '" + LOCK + "' within 2 s: it is held by "
            + expected), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("or raise lock_timeout_seconds (now 2) to wait longer"), refused.getMessage());
        if (kind == TestDatabase.Kind.POSTGRESQL) {
          assertTrue(heard.holder.get().contains(", idle, last statement: "), heard.holder.get());
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void whenTheHolderLetsGoWithinTheTimeoutTheRunGoesOn(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); Connection holding = db.connect()) {
      Dialect.MigrationLock held = Dialects.forUrl(db.url()).lock(holding, LOCK, 0);
      Heard heard = new Heard();
      Migrator migrator = migrator(db, 30).listener(heard);
      CompletableFuture<List<RevisionInfo>> run = CompletableFuture.supplyAsync(() -> migrator.downgrade("base"));
      assertTrue(heard.waiting.await(30, TimeUnit.SECONDS), "said that it waits");
      Thread.sleep(500);
      assertFalse(run.isDone(), "still waiting");
      held.close();
      assertEquals(List.of(), run.get(10, TimeUnit.SECONDS), "took the lock and ran (nothing to undo at base)");
      assertEquals(1, heard.waitingCalls);
      assertTrue(tableExists(db, "retort_version"), "it ran once it had the lock");
    }
  }

  /** How a lock wait should name the session of {@code holding}; on PostgreSQL the test names it first. */
  private static String describeHolder(TestDatabase.Kind kind, Connection holding) throws SQLException {
    return switch (kind) {
      case H2 -> "another connection of this process";
      case POSTGRESQL -> {
        holding.setClientInfo("ApplicationName", "interrupt test holder");
        yield "PostgreSQL backend pid " + single(holding, "SELECT pg_backend_pid()") + " (application 'interrupt test holder', client ";
      }
      case MARIADB -> "MariaDB connection " + single(holding, "SELECT CONNECTION_ID()") + " (user ";
    };
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean tableExists(TestDatabase db, String table) throws SQLException {
    try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), null, new String[] {"TABLE"})) {
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
          return true;
        }
      }
      return false;
    }
  }

  private static long count(TestDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
