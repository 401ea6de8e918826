package io.retort.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The migration lock keeps a second session out until the first releases it. */
class MigrationLockTest {
  private static final String LOCK = "retort_version";

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aSecondConnectionWaitsUntilTheFirstReleases(TestDatabase.Kind kind) throws SQLException {
    try (TestDatabase db = TestDatabase.create(kind); Connection first = db.connect(); Connection second = db.connect()) {
      Dialect dialect = Dialects.forUrl(db.url());
      Dialect.MigrationLock held = dialect.lock(first, LOCK, 5);

      long started = System.nanoTime();
      MigrationLockTimeoutException refused = assertThrows(MigrationLockTimeoutException.class,
          () -> dialect.lock(second, LOCK, 1));
      Duration waited = Duration.ofNanos(System.nanoTime() - started);
      assertTrue(waited.toMillis() >= 900, "waited for the timeout, not " + waited);
      assertTrue(refused.getMessage().startsWith("Could not acquire the migration lock 'retort_version' within 1 s"),
          refused.getMessage());

      try (Dialect.MigrationLock other = dialect.lock(second, "another_lock", 1)) {
        assertTrue(other != null, "a lock of another name is free");
      }

      held.close();
      held.close(); // closing twice is harmless
      try (Dialect.MigrationLock taken = dialect.lock(second, LOCK, 1)) {
        assertThrows(MigrationLockTimeoutException.class, () -> dialect.lock(first, LOCK, 0));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void locksOfDifferentDatabasesDoNotMeet(TestDatabase.Kind kind) throws SQLException {
    try (TestDatabase one = TestDatabase.create(kind); TestDatabase two = TestDatabase.create(kind);
        Connection first = one.connect(); Connection second = two.connect()) {
      Dialect dialect = Dialects.forUrl(one.url());
      try (Dialect.MigrationLock a = dialect.lock(first, LOCK, 1); Dialect.MigrationLock b = dialect.lock(second, LOCK, 1)) {
        assertTrue(a != b);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void aSessionLockDiesWithItsConnection(TestDatabase.Kind kind) throws SQLException {
    try (TestDatabase db = TestDatabase.create(kind); Connection second = db.connect()) {
      Dialect dialect = Dialects.forUrl(db.url());
      Connection first = db.connect();
      dialect.lock(first, LOCK, 1);
      first.close();
      try (Dialect.MigrationLock taken = dialect.lock(second, LOCK, 5)) {
        assertTrue(taken != null);
      }
    }
  }

  @Test
  void mariaDbLockNamesFitSixtyFourCharacters() {
    String name = MariaDbNamedLock.serverWideName("a_database_with_a_rather_long_name", "and_a_lock_name_that_is_long_too");
    assertEquals(MariaDbNamedLock.MAX_NAME_LENGTH, name.length());
    assertEquals(name, MariaDbNamedLock.serverWideName("a_database_with_a_rather_long_name", "and_a_lock_name_that_is_long_too"));
    assertEquals("shop.retort_version", MariaDbNamedLock.serverWideName("shop", "retort_version"));
  }

  @Test
  void postgresLockKeysAreStableAndDifferPerSchema() {
    assertEquals(PostgresAdvisoryLock.key("public/retort_version"), PostgresAdvisoryLock.key("public/retort_version"));
    assertTrue(PostgresAdvisoryLock.key("public/retort_version") != PostgresAdvisoryLock.key("shop/retort_version"));
  }
}
