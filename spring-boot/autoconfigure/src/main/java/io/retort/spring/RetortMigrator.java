package io.retort.spring;

import io.retort.runtime.RetortException;
import io.retort.runtime.api.Retort;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.migrate.Direction;
import io.retort.runtime.migrate.MigrationListener;
import io.retort.runtime.migrate.Planner;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Retort as the application configured it ({@code retort.*}): the database, the revisions and the
 * target to upgrade to at start-up. A {@link RetortMigrationStrategy} receives it; the
 * {@code retort} Actuator endpoint reads it. Everything else of the programmatic API (downgrade,
 * the revision graph, ...) is at {@link #retort()}.
 */
public final class RetortMigrator {
  private static final Log log = LogFactory.getLog(RetortMigrator.class);

  private final Retort retort;
  private final String target;
  private final String migrationsPackage;
  private final String versionTable;
  private final DataSource dataSource;

  /**
   * A migrator of one's own, e.g. for a second database: {@code retort} fully configured (its
   * migrations package set), {@code target} what {@link #upgrade()} goes to.
   */
  public RetortMigrator(Retort retort, String target) {
    this(retort, target, null, null, null);
  }

  RetortMigrator(Retort retort, String target, String migrationsPackage, String versionTable, DataSource dataSource) {
    this.retort = Objects.requireNonNull(retort, "retort");
    this.target = Objects.requireNonNull(target, "target");
    this.migrationsPackage = migrationsPackage;
    this.versionTable = versionTable;
    this.dataSource = dataSource;
  }

  /** The programmatic API, for what this class does not offer itself. */
  public Retort retort() {
    return retort;
  }

  /** What {@link #upgrade()} goes to: {@code retort.target}, {@code head} unless set. */
  public String target() {
    return target;
  }

  /** The package of the revision classes, or null when this migrator was built by hand. */
  public String migrationsPackage() {
    return migrationsPackage;
  }

  /** The version table, or null when this migrator was built by hand. */
  public String versionTable() {
    return versionTable;
  }

  /** The application's DataSource that Retort migrates through, or null when it connects by itself ({@code retort.url}). */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The revision graph of the migrations package, read once. */
  public synchronized RevisionGraph graph() {
    return retort.graph();
  }

  /** The heads the database is at; empty at base. */
  public synchronized List<String> current() {
    return retort.current();
  }

  /** Every revision not applied yet, in the order an upgrade runs them. */
  public synchronized List<RevisionInfo> pending() {
    return retort.pending();
  }

  /** The revisions that {@link #upgrade()} would apply now: those the target needs that are not applied. */
  public synchronized List<RevisionInfo> pendingForTarget() {
    return new Planner(retort.graph()).upgrade(retort.current(), target).steps();
  }

  /** Upgrades to {@link #target()}, logging each revision as it runs; returns the revisions applied. */
  public List<RevisionInfo> upgrade() {
    return upgrade(target);
  }

  /** Upgrades to another target, logging each revision as it runs; returns the revisions applied. */
  public synchronized List<RevisionInfo> upgrade(String upgradeTarget) {
    List<RevisionInfo> applied = retort.upgrade(upgradeTarget);
    if (log.isInfoEnabled()) {
      String at = describe(retort.current());
      log.info(applied.isEmpty()
          ? "Retort: the database is up to date at " + at + " (target " + upgradeTarget + ")"
          : "Retort: applied " + applied.size() + (applied.size() == 1 ? " revision" : " revisions") + "; the database is at " + at);
    }
    return applied;
  }

  /**
   * Changes nothing, and fails unless the database is ready for the application: at revisions the
   * project has, none of them edited since it was applied, and none that the target needs missing.
   *
   * @throws RetortException naming what is wrong and what to do
   */
  public synchronized void validate() {
    retort.verify();
    List<RevisionInfo> missing = pendingForTarget();
    if (!missing.isEmpty()) {
      throw new RetortException("The database is at " + describe(retort.current()) + " and target " + target + " needs "
          + missing.size() + (missing.size() == 1 ? " revision that is" : " revisions that are") + " not applied ("
          + missing.stream().map(r -> r.id() + " " + r.shortMessage()).collect(Collectors.joining(", "))
          + "); this application only validates at start-up (its RetortMigrationStrategy): upgrade the database first, "
          + "e.g. 'retort upgrade " + target + "'");
    }
  }

  /** The checksums recorded when revisions were applied, by revision id. */
  public synchronized Map<String, String> recordedChecksums() {
    return retort.recordedChecksums();
  }

  /** The checksum of a revision's code as it is now. */
  public synchronized String checksum(String revisionId) {
    return retort.checksum(revisionId);
  }

  /**
   * Logs each revision as it runs, at INFO, and a wait for another session's migration lock, at WARN, with
   * the lines the command line prints.
   */
  static MigrationListener progressLog() {
    return new MigrationListener() {
      @Override
      public void running(Direction direction, RevisionInfo revision, String step) {
        log.info(MigrationListener.progressLine(direction, revision, step));
      }

      @Override
      public void waitingForLock(String holder) {
        log.warn(MigrationListener.waitingLine(holder));
      }
    };
  }

  static String describe(List<String> heads) {
    return heads.isEmpty() ? "base (no revision applied)" : String.join(", ", heads);
  }
}
