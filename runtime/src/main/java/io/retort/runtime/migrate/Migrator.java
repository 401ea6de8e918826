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
import java.util.Optional;
import java.util.Set;

/**
 * Runs revisions against a live database. Every command takes the migration lock first (an
 * advisory lock on PostgreSQL, {@code GET_LOCK} on MariaDB), then reads the version table, so two
 * processes running {@code upgrade head} at once apply each revision exactly once.
 *
 * <p>Where DDL is transactional a revision and its version-table update commit together (one
 * transaction for the whole run, or one per revision with {@code transaction_per_migration}). Where
 * it is not (MariaDB, H2, or a revision that opts out of its transaction), the version table is
 * updated after each revision, so after a failure it shows the last completed revision, and the error
 * names the statement that failed. Such a revision also runs with a write-ahead record in the
 * progress table ({@link ProgressTable}): a revision that stopped part-way (failed, cancelled,
 * killed, connection dropped) stays recorded, every later run refuses until {@link #resume()} finishes
 * it or {@link #clearPartialRun()} forgets it after a manual fix.
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
  private final ProgressTable progress;
  private final RecordedRun recordedRun;
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
    this.progress = new ProgressTable(dialect, settings.versionTable());
    this.recordedRun = new RecordedRun(runner, progress);
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
   * Checks, without running or writing anything, that the database is at revisions this project has,
   * that no applied revision was edited since, and that no revision stopped part-way (the checks
   * every upgrade makes first).
   *
   * @throws RetortException naming the unknown or edited revision, as an upgrade would
   */
  public void verify() {
    try (Connection c = connections.open()) {
      List<String> heads = versionTable.read(c);
      planner.checkKnown(heads);
      verifyChecksums(c, heads);
      Optional<PartialRun> partial = progress.read(c);
      if (partial.isPresent()) {
        throw new RetortException(refusal(partial.get(), heads, false));
      }
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
        refuseWhilePartial(c, before, "Stamp refused: ");
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

  /**
   * The revision that stopped part-way, as recorded (empty when none is). Reads without taking the
   * migration lock, so a record still marked running may be a run in progress right now.
   */
  public Optional<PartialRun> partialRun() {
    try (Connection c = connections.open()) {
      return progress.read(c);
    } catch (SQLException e) {
      throw new RetortException("Could not read the progress table " + progress.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The one line that describes the recorded partial run and the ways out, as {@code current} shows
   * it; empty when none is recorded.
   */
  public Optional<String> partialRunReport() {
    try (Connection c = connections.open()) {
      Optional<PartialRun> partial = progress.read(c);
      return partial.isEmpty() ? Optional.empty() : Optional.of(refusal(partial.get(), versionTable.read(c), false));
    } catch (SQLException e) {
      throw new RetortException("Could not read the progress table " + progress.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code repair --resume}: under the migration lock, runs the statements the recorded revision has
   * not run yet, as the revision's code records them now, then records it as applied (or undone)
   * exactly as a normal run would. Refuses, changing nothing, when the code no longer starts with the
   * statements that ran, or the version table no longer fits the record. Empty when nothing is recorded.
   */
  public Optional<Repaired> resume() {
    try (Connection c = connections.open()) {
      c.setAutoCommit(true);
      try (MigrationLock ignored = lock(c)) {
        VersionTable.execute(c, versionTable.createStatements());
        VersionTable.execute(c, progress.createStatement());
        Optional<PartialRun> recorded = progress.read(c);
        if (recorded.isEmpty()) {
          return Optional.empty();
        }
        PartialRun partial = recorded.get();
        String id = partial.revisionId();
        if (!graph.contains(id)) {
          throw new RetortException("Cannot resume: the recorded partial " + partial.verb() + " is of revision " + id + ", which is not "
              + "among the revisions of this project. Restore its file and run 'retort repair --resume' again, or undo "
              + partial.appliedStatements() + " by hand and run 'retort repair --clear'");
        }
        RevisionInfo revision = graph.get(id);
        List<String> heads = versionTable.read(c);
        planner.checkKnown(heads);
        verifyChecksums(c, heads);
        List<String> after = headsAfterResume(partial, revision, heads);
        Migration migration = code.instantiate(revision);
        List<Operation> operations = code.record(revision, migration, partial.direction());
        List<OperationRunner.Step> steps = runner.steps(operations);
        checkStillStartsWithWhatRan(partial, revision, steps);
        List<SqlStatement> bookkeeping = new ArrayList<>(versionTable.updateStatements(heads, after));
        bookkeeping.add(partial.direction() == Direction.UPGRADE
            ? versionTable.recordChecksum(id, Checksums.of(operations))
            : versionTable.forgetChecksum(id));
        listener.running(partial.direction(), revision, describeStep(partial.direction(), revision));
        VersionTable.execute(c, progress.resume(id, steps.size()));
        try {
          recordedRun.run(c, id, partial.direction(), steps, partial.statementsDone(), partial.fingerprint(), false, bookkeeping,
              cancellation);
        } catch (OperationRunner.StepFailure failure) {
          boolean marked = recordedRun.markStopped(c, id, failure);
          throw new RetortException(failureMessage(partial.direction(), revision, "Resumed ", failure, false, heads, marked),
              failure.getCause());
        }
        return Optional.of(new Repaired(partial, steps.size() - partial.statementsDone(), after));
      }
    } catch (SQLException e) {
      throw new RetortException("Repair failed: " + e.getMessage(), e);
    }
  }

  /**
   * {@code repair --clear}: under the migration lock, forgets the recorded partial run after the user
   * undid by hand what it applied; the version table stays as it is (at the revision before). Empty
   * when nothing is recorded.
   */
  public Optional<Repaired> clearPartialRun() {
    try (Connection c = connections.open()) {
      c.setAutoCommit(true);
      try (MigrationLock ignored = lock(c)) {
        VersionTable.execute(c, progress.createStatement());
        Optional<PartialRun> recorded = progress.read(c);
        if (recorded.isPresent()) {
          VersionTable.execute(c, progress.finish(recorded.get().revisionId()));
        }
        return recorded.map(partial -> new Repaired(partial, 0, readHeads(c)));
      }
    } catch (SQLException e) {
      throw new RetortException("Repair failed: " + e.getMessage(), e);
    }
  }

  private List<String> readHeads(Connection c) {
    try {
      return versionTable.read(c);
    } catch (SQLException e) {
      throw new RetortException("Could not read the version table " + versionTable.name() + ": " + e.getMessage(), e);
    }
  }

  /** The heads after the resumed revision completes; refuses when the version table no longer fits the record. */
  private List<String> headsAfterResume(PartialRun partial, RevisionInfo revision, List<String> heads) {
    Set<String> applied = new java.util.LinkedHashSet<>(graph.closure(heads));
    String id = revision.id();
    boolean fits = partial.direction() == Direction.UPGRADE
        ? !applied.contains(id) && applied.containsAll(revision.parents())
        : heads.contains(id);
    if (!fits) {
      throw new RetortException("Cannot resume the " + partial.verb() + " of revision " + id + ": the version table shows "
          + Planner.describe(heads) + ", which is not where that " + partial.verb() + " starts (it was changed since, e.g. by "
          + "stamp). Make the database match by hand and run 'retort repair --clear'");
    }
    if (partial.direction() == Direction.UPGRADE) {
      applied.add(id);
    } else {
      applied.remove(id);
    }
    return graph.headsOf(applied);
  }

  /** Refuses to resume when the revision's code no longer starts with the statements that ran. */
  private void checkStillStartsWithWhatRan(PartialRun partial, RevisionInfo revision, List<OperationRunner.Step> steps) {
    int done = partial.statementsDone();
    String prefix = "Cannot resume the " + partial.verb() + " of revision " + revision.id() + " (" + revision.shortMessage() + "): ";
    String way = ". Restore those statements in the revision, or undo " + partial.appliedStatements()
        + " by hand and run 'retort repair --clear'";
    if (done > steps.size()) {
      throw new RetortException(prefix + partial.appliedStatements() + " ran, but its " + partial.verb() + "() now has only "
          + steps.size() + " statement(s)" + way);
    }
    if (!StatementFingerprint.of(steps, done).equals(partial.fingerprint())) {
      throw new RetortException(prefix + "its first " + (done == 1 ? "statement is" : done + " statements are")
          + " no longer the ones that ran (the revision was edited before the failed statement)" + way);
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
        refuseWhilePartial(c, heads, "");
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
   * revisions this project lacks, applied revisions edited since, and a revision that stopped
   * part-way. Empty when there is none. Reads the bookkeeping tables; changes nothing.
   */
  public List<String> problems() {
    try (Connection c = connections.open()) {
      List<String> heads = versionTable.read(c);
      List<String> problems = new ArrayList<>();
      heads.stream().filter(head -> !graph.contains(head)).forEach(head -> problems.add(Planner.unknownHead(head)));
      problems.addAll(editedRevisions(c, heads.stream().filter(graph::contains).toList()));
      progress.read(c).ifPresent(partial -> problems.add(refusal(partial, heads, false)));
      return problems;
    } catch (SQLException e) {
      throw new RetortException("Could not read the version table " + versionTable.name() + ": " + e.getMessage(), e);
    }
  }

  private void run(Connection c, Plan plan) throws SQLException {
    boolean oneTransaction = dialect.transactionalDdl() && !settings.transactionPerMigration();
    List<String> startHeads = plan.headsBefore().get(0);
    boolean progressTableReady = false;
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
      boolean recorded = !(dialect.transactionalDdl() && migration.transactional());
      if (oneTransaction && !migration.transactional()) {
        c.commit();
        c.setAutoCommit(true);
      }
      if (recorded && !progressTableReady) {
        // created by the first run that needs it, so runs inside transactions never touch it
        VersionTable.execute(c, progress.createStatement());
        progressTableReady = true;
      }
      if (ownTransaction) {
        c.setAutoCommit(false);
      }
      try {
        if (recorded) {
          recordedRun.run(c, revision.id(), plan.direction(), steps, 0, StatementFingerprint.EMPTY, true, bookkeeping, cancellation);
        } else {
          runner.run(c, steps, 0, OperationRunner.Completed.NOTHING, cancellation);
          VersionTable.execute(c, bookkeeping);
        }
        if (ownTransaction) {
          c.commit();
          c.setAutoCommit(true);
        }
      } catch (OperationRunner.StepFailure failure) {
        boolean rolledBack = rollBack(c, oneTransaction || ownTransaction);
        Boolean marked = recorded ? recordedRun.markStopped(c, revision.id(), failure) : null;
        List<String> now = rolledBack && oneTransaction ? startHeads : plan.headsBefore().get(i);
        throw new RetortException(failureMessage(plan.direction(), revision, "", failure, rolledBack, now, marked),
            failure.getCause());
      } catch (SQLException e) {
        rollBack(c, oneTransaction || ownTransaction);
        throw new RetortException(bookkeepingFailure(revision, recorded, e), e);
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

  /**
   * The one line for a statement that failed or was interrupted: which revision and statement, the
   * error, and what state the database is in now. {@code marked} is null for a revision run inside a
   * transaction, else whether its progress record could be marked with the failure.
   */
  private String failureMessage(Direction direction, RevisionInfo revision, String prefix, OperationRunner.StepFailure failure,
      boolean rolledBack, List<String> headsNow, Boolean marked) {
    String verb = direction == Direction.UPGRADE ? "Upgrade" : "Downgrade";
    String what = describeStep(direction, revision) + " (" + revision.shortMessage() + ")";
    String statement = "statement " + (failure.index + 1) + " of " + failure.total + ": " + oneLine(failure.step.describe());
    StringBuilder message = new StringBuilder();
    if (failure.interruption != null) {
      message.append("Interrupted (").append(failure.interruption).append(") during ").append(prefix.toLowerCase(Locale.ROOT))
          .append(verb.toLowerCase(Locale.ROOT)).append(" ").append(what).append(" at ").append(statement).append(". ");
    } else {
      message.append(prefix).append(prefix.isEmpty() ? verb : verb.toLowerCase(Locale.ROOT)).append(" ").append(what)
          .append(" failed at ").append(statement).append(": ").append(oneLine(String.valueOf(failure.getCause().getMessage())))
          .append(". ");
    }
    if (rolledBack) {
      message.append("Its transaction was rolled back; the database is at ").append(Planner.describe(headsNow)).append(".");
      return message.toString();
    }
    String applied = failure.index == 0 ? "none" : failure.index == 1 ? "statement 1" : "statements 1-" + failure.index;
    message.append(dialect.transactionalDdl() ? "The revision runs outside a transaction" : dialect.name() + " commits each DDL "
        + "statement").append(", so ").append(applied).append(" of this revision stayed applied; the version table still shows ")
        .append(Planner.describe(headsNow)).append(". ");
    boolean interrupted = RecordedRun.statusOf(failure) == PartialRun.Status.INTERRUPTED;
    String remaining = failure.index + 1 == failure.total ? "statement " + failure.total
        : "statements " + (failure.index + 1) + "-" + failure.total;
    if (failure.index == 0 && Boolean.TRUE.equals(marked)) {
      message.append(interrupted ? "Run the command again to go on." : "Fix the revision, then run the command again.");
    } else if (Boolean.TRUE.equals(marked)) {
      message.append("Retort recorded this in ").append(progress.name()).append(" and will not run the revision again blindly: ")
          .append(interrupted ? "run" : "fix the revision and run").append(" 'retort repair --resume' to run ").append(remaining)
          .append(", or undo ").append(applied).append(" by hand and run 'retort repair --clear'.");
    } else {
      message.append("Retort could not record the failure in ").append(progress.name()).append(" (the connection is gone), so the next ")
          .append("command reports this run as interrupted; then 'retort repair --resume' runs the remaining statements, or ")
          .append("undo ").append(applied).append(" by hand and run 'retort repair --clear'.");
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

  private String bookkeepingFailure(RevisionInfo revision, boolean recorded, SQLException e) {
    return "Could not record the progress of revision " + revision.id() + " (" + revision.shortMessage() + ") in "
        + (recorded ? progress.name() + " and " : "") + versionTable.name() + ": " + oneLine(String.valueOf(e.getMessage()))
        + (recorded ? ". The next command reports the run as interrupted; 'retort repair' shows what to do" : "");
  }

  /** Refuses to go on while a revision that stopped part-way is recorded. */
  private void refuseWhilePartial(Connection c, List<String> heads, String prefix) throws SQLException {
    Optional<PartialRun> partial = progress.read(c);
    if (partial.isPresent()) {
      throw new RetortException(prefix + refusal(partial.get(), heads, true));
    }
  }

  /** The one line that says a revision stopped part-way and what to do, for commands that refuse and for validate. */
  private String refusal(PartialRun partial, List<String> heads, boolean lockHeld) {
    RevisionInfo revision = graph.contains(partial.revisionId()) ? graph.get(partial.revisionId()) : null;
    return partial.describe(revision, lockHeld) + "; the version table shows " + Planner.describe(heads) + ". "
        + "Nothing runs until this is repaired: " + partial.waysOut();
  }

  private static String describeStep(Plan plan, int i) {
    return describeStep(plan.direction(), plan.steps().get(i));
  }

  private static String describeStep(Direction direction, RevisionInfo revision) {
    if (direction == Direction.UPGRADE) {
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
