package io.retort.runtime.migrate;

import io.retort.runtime.RetortException;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.SqlStatement;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.RevisionRange;
import io.retort.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Offline mode ({@code --sql}): the whole script a DBA reviews, written without connecting. It
 * holds the version-table DDL and updates, and every value as a literal. Where DDL is
 * transactional the script is wrapped in {@code BEGIN}/{@code COMMIT} (one per revision with
 * {@code transaction_per_migration}).
 */
public final class OfflineScript {
  private final Dialect dialect;
  private final RevisionGraph graph;
  private final RevisionCode code;
  private final MigrationSettings settings;
  private final VersionTable versionTable;
  private final Planner planner;

  public OfflineScript(Dialect dialect, RevisionGraph graph, ClassLoader loader, MigrationSettings settings) {
    this.dialect = dialect;
    this.graph = graph;
    this.code = new RevisionCode(loader, settings.naming());
    this.settings = settings;
    this.versionTable = new VersionTable(dialect, settings.versionTable());
    this.planner = new Planner(graph);
  }

  /** {@code TARGET} (from base) or {@code FROM:TO}. */
  public String upgrade(String range) {
    return upgrade(RevisionRange.script(range));
  }

  public String upgrade(RevisionRange range) {
    if (!range.hasStart()) {
      return "-- From base: this script builds the schema in an empty database. For a database that already has\n"
          + "-- revisions, give the range from where it is: retort upgrade FROM:" + range.to() + " --sql\n"
          + render(planner.upgrade(List.of(), range.to()), true);
    }
    return render(planner.upgrade(startHeads(range.from()), range.to()), false);
  }

  /** Always {@code FROM:TO}: without a database, the script needs to know where it starts. */
  public String downgrade(String range) {
    return downgrade(RevisionRange.script(range));
  }

  public String downgrade(RevisionRange range) {
    if (!range.hasStart()) {
      throw new RetortException("downgrade --sql needs a range FROM:TO (e.g. 'head:-1' or 'abc123:base'), because offline "
          + "mode cannot read where the database is");
    }
    return render(planner.downgrade(startHeads(range.from()), range.to()), false);
  }

  private List<String> startHeads(String from) {
    if (from.equals("heads")) {
      return graph.heads();
    }
    Optional<String> start = planner.resolver().resolve(from, List.of());
    return start.map(List::of).orElse(List.of());
  }

  private String render(Plan plan, boolean createVersionTable) {
    StringBuilder script = new StringBuilder();
    boolean transactional = dialect.transactionalDdl();
    boolean perRevision = settings.transactionPerMigration();
    if (transactional && !perRevision) {
      line(script, "BEGIN");
    }
    if (createVersionTable) {
      for (SqlStatement statement : versionTable.createStatements()) {
        statement(script, statement);
      }
    }
    for (int i = 0; i < plan.steps().size(); i++) {
      RevisionInfo revision = plan.steps().get(i);
      script.append('\n');
      String verb = plan.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
      script.append("-- Running ").append(verb).append(' ').append(step(plan, i)).append(", ")
          .append(revision.shortMessage().replace('\n', ' ')).append("\n\n");
      if (transactional && perRevision) {
        line(script, "BEGIN");
      }
      List<Operation> operations = code.record(revision, code.instantiate(revision), plan.direction());
      for (Operation operation : operations) {
        List<String> lines = ScriptText.lines(dialect, operation, run -> new RetortException("Revision " + revision.id()
            + " (" + revision.className() + ") runs Java code (op.run(\"" + run.description() + "\")), which cannot be "
            + "written into an SQL script; apply it online, or write the data change as op.execute(sql, parameters)"));
        lines.forEach(line -> script.append(line).append('\n'));
      }
      for (SqlStatement statement : versionTable.updateStatements(plan.headsBefore().get(i), plan.headsAfter(i))) {
        statement(script, statement);
      }
      statement(script, plan.direction() == Direction.UPGRADE
          ? versionTable.recordChecksum(revision.id(), Checksums.of(operations))
          : versionTable.forgetChecksum(revision.id()));
      if (transactional && perRevision) {
        line(script, "COMMIT");
      }
    }
    if (transactional && !perRevision) {
      script.append('\n');
      line(script, "COMMIT");
    }
    return script.toString();
  }

  private void statement(StringBuilder script, SqlStatement statement) {
    script.append(ScriptText.line(dialect, statement)).append('\n');
  }

  private void line(StringBuilder script, String sql) {
    script.append(ScriptText.terminated(dialect, sql)).append('\n');
  }

  private static String step(Plan plan, int i) {
    RevisionInfo revision = plan.steps().get(i);
    String parents = String.join(", ", revision.parents());
    return plan.direction() == Direction.UPGRADE ? parents + " -> " + revision.id() : revision.id() + " -> " + parents;
  }
}
