package io.retort.runtime.migrate;

import io.retort.runtime.RetortException;
import io.retort.runtime.api.Migration;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.Dialect.MigrationLock;
import io.retort.runtime.dialect.LockWait;
import io.retort.runtime.dialect.SqlStatement;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.TargetSyntax;
import io.retort.runtime.ops.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs revisions against a live database. Every command takes the migration lock first (an
 * advisory lock on PostgreSQL, {@code GET_LOCK} on MariaDB), then reads the version table, so two
 * processes running {@code upgrade head} at once apply each revision exactly once.
 *
 * <p>Where DDL is transactional a revision and its version-table update commit together (one
 * transaction for the whole run, or one per revision with {@code transaction_per_migration}). Where
 * it is not (MariaDB), the version table is updated after each revision, so after a failure it
 * shows the last completed revision, and the error names the statement that failed.
 */
public final class Migrator {
  private final ConnectionSource connections;
  private final Dialect dialect;
  private final RevisionGraph graph;
  private final RevisionCode code;
  private final MigrationSettings settings;
  private final VersionTable versionTable;
  private final Planner planner;
  private final OperationRunner runner;
  private final Cancellation cancellation = new Cancellation();
  private MigrationListener listener = MigrationListener.SILENT;

  public Migrator(ConnectionSource connections, Dialect dialect, RevisionGraph graph, ClassLoader loader,
      MigrationSettings settings) {
    this.connections = connections;
    this.dialect = dialect;
    this.graph = graph;
    this.code = new RevisionCode(loader, settings.naming());
    this.settings = settings;
    this.versionTable = new VersionTable(dialect, settings.versionTable());
    this.planner = new Planner(graph);
    this.runner = new OperationRunner(dialect);
  }

  public Migrator listener(MigrationListener newListener) {
    this.listener = newListener;
    return this;
  }

  /**
   * Stops a running {@link #upgrade}, {@link #downgrade} or {@link #stamp} from another thread (a
   * signal handler): the statement running now is cancelled in the database, the command fails as
   * if that statement had failed (rolled back where DDL is transactional, lock released), with a
   * message that starts {@code Interrupted (why)} and says what state the database is in. Between
   * two revisions the run stops before the next one; while waiting for the lock it stops waiting.
   * Every later command of this migrator stops too.
   *
   * @param why what interrupted, for the message, e.g. {@code SIGINT}
   */
  public void interrupt(String why) {
    cancellation.interrupt(why);
  }

  public RevisionGraph graph() {
    return graph;
  }

  /** The heads the database is at; empty at base. */
  public List<String> current() {
    try (Connection c = connections.open()) {
      return versionTable.read(c);
    } catch (SQLException e) {
      throw new RetortException("Could not read the version table " + versionTable.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The revisions of the graph that the database has not applied, in the order an upgrade runs them
   * (everything {@code upgrade heads} would apply). Reads the version table; changes nothing.
   *
   * @throws RetortException when the database is at a revision this project does not have
   */
  public List<RevisionInfo> pending() {
    List<String> heads = current();
    planner.checkKnown(heads);
    Set<String> applied = graph.closure(heads);
    return graph.inOrder().stream().filter(revision -> !applied.contains(revision.id())).toList();
  }

  /**
   * The checksums recorded when revisions were applied (or stamped), by revision id; empty when the
   * database has none yet. Reads the checksum table; changes nothing.
   */
  public Map<String, String> recordedChecksums() {
    try (Connection c = connections.open()) {
      return versionTable.readChecksums(c);
    } catch (SQLException e) {
      throw new RetortException("Could not read the checksum table " + versionTable.checksumTable() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The checksum of a revision's code as it is now: what its {@code upgrade()} records. It equals the
   * recorded one unless the revision was edited after it was applied.
   */
  public String checksum(String revisionId) {
    return code.checksum(graph.get(revisionId));
  }

  /**
   * Checks, without running or writing anything, that the database is at revisions this project has
   * and that no applied revision was edited since (the check every upgrade makes first).
   *
   * @throws RetortException naming the unknown or edited revision, as an upgrade would
   */
  public void verify() {
    try (Connection c = connections.open()) {
      List<String> heads = versionTable.read(c);
      planner.checkKnown(heads);
      verifyChecksums(c, heads);
    } catch (SQLException e) {
      throw new RetortException("Could not read the version table " + versionTable.name() + ": " + e.getMessage(), e);
    }
  }

  /** Applies what the target needs; returns the revisions applied. */
  public List<RevisionInfo> upgrade(String target) {
    String checked = TargetSyntax.online(target, "upgrade");
    return migrate(heads -> planner.upgrade(heads, checked));
  }

  /** Undoes what comes after the target; returns the revisions undone. */
  public List<RevisionInfo> downgrade(String target) {
    String checked = TargetSyntax.online(target, "downgrade");
    return migrate(heads -> planner.downgrade(heads, checked));
  }

  /** Sets the version table to the target without running any revision; returns the new heads. */
  public List<String> stamp(String target) {
    String checked = TargetSyntax.check(target);
    try (Connection c = connections.open()) {
      c.setAutoCommit(true);
      try (MigrationLock ignored = lock(c)) {
        List<String> before = versionTable.read(c);
        List<String> after = planner.stamp(before, checked);
        VersionTable.execute(c, versionTable.createStatements());
        List<SqlStatement> statements = new ArrayList<>(versionTable.updateStatements(before, after));
        statements.add(versionTable.forgetAllChecksums());
        for (String id : graph.sorted(graph.closure(after))) {
          statements.add(versionTable.recordChecksum(id, code.checksum(graph.get(id))));
        }
        inTransaction(c, statements);
        return after;
      }
    } catch (SQLException e) {
      throw new RetortException("Stamp failed: " + e.getMessage(), e);
    }
  }

  private void inTransaction(Connection c, List<SqlStatement> statements) throws SQLException {
    c.setAutoCommit(false);
    try {
      VersionTable.execute(c, statements);
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private interface PlanMaker {
    Plan make(List<String> currentHeads);
  }

  private List<RevisionInfo> migrate(PlanMaker planMaker) {
    try (Connection c = connections.open()) {
      c.setAutoCommit(true);
      try (MigrationLock ignored = lock(c)) {
        // plan and verify first: a target or revision that is refused leaves even a new database as it was
        List<String> heads = versionTable.read(c);
        Plan plan = planMaker.make(heads);
        verifyChecksums(c, heads);
        VersionTable.execute(c, versionTable.createStatements());
        if (!plan.isEmpty()) {
          run(c, plan);
        }
        return plan.steps();
      }
    } catch (SQLException e) {
      throw new RetortException("Migration failed: " + e.getMessage(), e);
    }
  }

  /**
   * Takes the migration lock, telling the listener once who holds it when it is not free, and
   * stopping to wait on an interrupt. Refuses to go on when interrupted before the lock was taken.
   */
  private MigrationLock lock(Connection c) throws SQLException {
    String[] holder = {null};
    LockWait wait = new LockWait() {
      @Override
      public void waiting(String who) {
        holder[0] = who;
        listener.waitingForLock(who);
      }

      @Override
      public void check() {
        if (cancellation.interrupted()) {
          throw new RetortException("Interrupted (" + cancellation.reason() + ") while waiting for the migration lock held by "
              + holder[0] + "; nothing was changed");
        }
      }
    };
    MigrationLock lock = dialect.lock(c, "retort:" + settings.versionTable(), settings.lockTimeoutSeconds(), wait);
    if (cancellation.interrupted()) {
      lock.close();
      throw new RetortException("Interrupted (" + cancellation.reason() + ") before anything ran; nothing was changed");
    }
    return lock;
  }

  /** Refuses to go on when an applied revision's code no longer records what it recorded when applied. */
  private void verifyChecksums(Connection c, List<String> heads) throws SQLException {
    List<String> edited = editedRevisions(c, heads);
    if (!edited.isEmpty()) {
      throw new RetortException(edited.get(0));
    }
  }

  /** One line per applied revision whose code no longer records what it ran, in upgrade order. */
  private List<String> editedRevisions(Connection c, List<String> heads) throws SQLException {
    Map<String, String> recorded = versionTable.readChecksums(c);
    List<String> edited = new ArrayList<>();
    for (String id : graph.sorted(graph.closure(heads))) {
      String expected = recorded.get(id);
      if (expected == null) {
        continue;
      }
      RevisionInfo revision = graph.get(id);
      if (!code.checksum(revision).equals(expected)) {
        edited.add("Revision " + id + " (" + revision.shortMessage() + ") was edited after it was applied: its "
            + "upgrade() no longer records the operations it ran. Revert the edit and put the change in a new revision "
            + "('retort revision -m ...'); if the edit is intended, 'retort stamp " + id + "' records the new checksum");
      }
    }
    return edited;
  }

  /**
   * Every problem {@link #verify()} would stop at, not only the first, one line each: applied
   * revisions this project lacks, and applied revisions edited since. Empty when there is none.
   * Reads the version and checksum tables; changes nothing.
   */
  public List<String> problems() {
    try (Connection c = connections.open()) {
      List<String> heads = versionTable.read(c);
      List<String> problems = new ArrayList<>();
      heads.stream().filter(head -> !graph.contains(head)).forEach(head -> problems.add(Planner.unknownHead(head)));
      problems.addAll(editedRevisions(c, heads.stream().filter(graph::contains).toList()));
      return problems;
    } catch (SQLException e) {
      throw new RetortException("Could not read the version table " + versionTable.name() + ": " + e.getMessage(), e);
    }
  }

  private void run(Connection c, Plan plan) throws SQLException {
    boolean oneTransaction = dialect.transactionalDdl() && !settings.transactionPerMigration();
    List<String> startHeads = plan.headsBefore().get(0);
    if (oneTransaction) {
      c.setAutoCommit(false);
    }
    for (int i = 0; i < plan.steps().size(); i++) {
      RevisionInfo revision = plan.steps().get(i);
      if (cancellation.interrupted()) {
        boolean rolledBack = rollBack(c, oneTransaction) && i > 0;
        throw new RetortException(interruptedBetween(plan, i, rolledBack, startHeads));
      }
      Migration migration = code.instantiate(revision);
      List<Operation> operations = code.record(revision, migration, plan.direction());
      List<OperationRunner.Step> steps = runner.steps(operations);
      List<SqlStatement> bookkeeping = new ArrayList<>(versionTable.updateStatements(plan.headsBefore().get(i), plan.headsAfter(i)));
      bookkeeping.add(plan.direction() == Direction.UPGRADE
          ? versionTable.recordChecksum(revision.id(), Checksums.of(operations))
          : versionTable.forgetChecksum(revision.id()));
      listener.running(plan.direction(), revision, describeStep(plan, i));

      boolean ownTransaction = !oneTransaction && dialect.transactionalDdl() && migration.transactional();
      if (oneTransaction && !migration.transactional()) {
        c.commit();
        c.setAutoCommit(true);
      }
      if (ownTransaction) {
        c.setAutoCommit(false);
      }
      try {
        runner.run(c, steps, cancellation);
        VersionTable.execute(c, bookkeeping);
        if (ownTransaction) {
          c.commit();
          c.setAutoCommit(true);
        }
      } catch (OperationRunner.StepFailure failure) {
        boolean rolledBack = rollBack(c, oneTransaction || ownTransaction);
        throw new RetortException(failureMessage(plan, i, failure, rolledBack, oneTransaction, startHeads), failure.getCause());
      } catch (SQLException e) {
        rollBack(c, oneTransaction || ownTransaction);
        throw new RetortException("Could not update the version table after revision " + revision.id() + ": " + e.getMessage(), e);
      }
      if (oneTransaction && !migration.transactional()) {
        c.setAutoCommit(false);
      }
    }
    if (oneTransaction) {
      c.commit();
      c.setAutoCommit(true);
    }
  }

  private static boolean rollBack(Connection c, boolean inTransaction) {
    if (!inTransaction) {
      return false;
    }
    try {
      c.rollback();
      c.setAutoCommit(true);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private String failureMessage(Plan plan, int index, OperationRunner.StepFailure failure, boolean rolledBack,
      boolean oneTransaction, List<String> startHeads) {
    RevisionInfo revision = plan.steps().get(index);
    String verb = plan.direction() == Direction.UPGRADE ? "Upgrade" : "Downgrade";
    StringBuilder message = new StringBuilder();
    if (failure.interruption != null) {
      message.append("Interrupted (").append(failure.interruption).append(") during ").append(verb.toLowerCase(Locale.ROOT))
          .append(" ").append(describeStep(plan, index)).append(" (").append(revision.shortMessage()).append(")")
          .append(" at statement ").append(failure.index + 1).append(" of ").append(failure.total).append(": ")
          .append(oneLine(failure.step.describe())).append(". ");
    } else {
      message.append(verb).append(" ").append(describeStep(plan, index)).append(" (").append(revision.shortMessage()).append(")")
          .append(" failed at statement ").append(failure.index + 1).append(" of ").append(failure.total).append(": ")
          .append(oneLine(failure.step.describe())).append(": ").append(oneLine(String.valueOf(failure.getCause().getMessage())))
          .append(". ");
    }
    if (rolledBack) {
      List<String> now = oneTransaction ? startHeads : plan.headsBefore().get(index);
      message.append("Its transaction was rolled back; the database is at ").append(Planner.describe(now)).append(".");
    } else {
      message.append(dialect.name()).append(" commits each DDL statement, so ").append(failure.index == 0 ? "none"
          : "statements 1-" + failure.index).append(" of this revision stayed applied; the version table still shows ")
          .append(Planner.describe(plan.headsBefore().get(index)))
          .append(". Undo what stayed applied by hand (or fix the revision so it can finish), then run the command again.");
    }
    return message.toString();
  }

  /** An interrupt seen before revision {@code index} started: what ran, and where the database is. */
  private String interruptedBetween(Plan plan, int index, boolean rolledBack, List<String> startHeads) {
    String verb = plan.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
    RevisionInfo next = plan.steps().get(index);
    String message = "Interrupted (" + cancellation.reason() + ") before " + verb + " " + describeStep(plan, index)
        + " (" + next.shortMessage() + ") started: ";
    if (rolledBack) {
      return message + "the transaction of this run was rolled back; the database is at " + Planner.describe(startHeads) + ".";
    }
    return message + "the database is at " + Planner.describe(plan.headsBefore().get(index)) + "."
        + (index == 0 ? " Nothing was changed." : "");
  }

  private static String describeStep(Plan plan, int i) {
    RevisionInfo revision = plan.steps().get(i);
    if (plan.direction() == Direction.UPGRADE) {
      String from = revision.parents().isEmpty() ? "" : String.join(", ", revision.parents());
      return from + " -> " + revision.id();
    }
    String to = revision.parents().isEmpty() ? "" : String.join(", ", revision.parents());
    return revision.id() + " -> " + to;
  }

  private static String oneLine(String text) {
    String single = text.replaceAll("\\s+", " ").trim();
    return single.length() > 300 ? single.substring(0, 300) + "..." : single;
  }
}
