package io.retort.autogen.command;

import io.retort.autogen.compare.Comparison;
import io.retort.autogen.compare.RenameProposal;
import io.retort.autogen.script.Project;
import io.retort.runtime.config.MigrationFormat;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.migrate.ConnectionSource;
import io.retort.runtime.migrate.PartialRun;
import io.retort.runtime.migrate.Planner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text every face shows for a command's result, line by line, in Alembic's formats (see
 * {@link RevisionFormat}): the command line prints these lines, the Maven plugin logs them, so the
 * two say exactly the same.
 */
public final class TextReport {
  private final Project project;
  private final RevisionFormat format;

  /** For the results of commands on {@code project}. */
  public TextReport(Project project) {
    this.project = project;
    this.format = new RevisionFormat(project.graph(), project::locationOf);
  }

  /** {@code init}: each directory and file created, then what to edit. */
  public static List<String> init(Scaffold scaffold) {
    List<String> lines = new ArrayList<>();
    for (Scaffold.Created created : scaffold.created()) {
      lines.add((created.directory() ? "Creating directory " : "Generating ") + created.path() + " ...  done");
    }
    lines.add("Please edit the settings in '" + scaffold.configFile()
        + "' (migrations_package, script_location, entity_packages, url) before proceeding.");
    return lines;
  }

  /**
   * {@code revision} and {@code merge}: what autogenerate detected, then each file written (or that
   * none was), then the new revision's id, or the new Flyway migration's version.
   */
  public static List<String> revision(RevisionResult result) {
    boolean flyway = result.format() == MigrationFormat.FLYWAY;
    List<String> lines = new ArrayList<>(result.detected());
    if (!result.written()) {
      lines.add("No changes in schema detected; no " + (flyway ? "Flyway migration" : "revision") + " written.");
      return lines;
    }
    result.files().forEach(file -> lines.add("Generating " + file + " ...  done"));
    lines.add((flyway ? "Flyway version: " : "Revision ID: ") + result.id());
    return lines;
  }

  /** {@code check}: each difference, or that there is none. */
  public static List<String> check(Comparison comparison) {
    if (comparison.isEmpty()) {
      return List.of("No new upgrade operations detected.");
    }
    List<String> lines = new ArrayList<>(comparison.detectedLines());
    for (RenameProposal proposal : comparison.proposals()) {
      lines.add(proposal.message());
    }
    return lines;
  }

  /**
   * The one failure line of a {@code check} that found differences.
   *
   * @param differences the number of differences per database that has any, in order; the key is
   *     null for a project with one database
   */
  public static String checkFailure(Map<String, Integer> differences) {
    if (differences.size() == 1 && differences.containsKey(null)) {
      return "New upgrade operations detected: " + differences.get(null) + " difference(s) between the entities and the "
          + "database; write them as a revision with 'autogen \"MESSAGE\"'";
    }
    List<String> databases = new ArrayList<>();
    differences.forEach((database, count) -> databases.add(count + " in '" + database + "'"));
    return "New upgrade operations detected: " + String.join(", ", databases) + " (differences between the entities and "
        + "the database); write them as a revision with 'autogen \"MESSAGE\" --db NAME'";
  }

  /** {@code validate}: each problem, or that there is none. */
  public static List<String> validate(List<String> problems) {
    return problems.isEmpty() ? List.of("No problems found: the applied revisions are this project's, as they were applied.")
        : problems;
  }

  /**
   * The one failure line of a {@code validate} that found problems.
   *
   * @param problems the number of problems per database that has any; the key is null for a project with one database
   */
  public static String validateFailure(Map<String, Integer> problems) {
    List<String> counts = new ArrayList<>();
    problems.forEach((database, count) -> counts.add(count + (database == null ? "" : " in '" + database + "'")));
    return "Validation found problems (" + String.join(", ", counts) + "); each is listed above with what to do";
  }

  /**
   * {@code repair}: the record and the two ways out; or what {@code --resume} / {@code --clear} did;
   * or that there is nothing to repair.
   */
  public static List<String> repair(Repair repair) {
    if (repair.partialRun().isEmpty()) {
      return List.of("Nothing to repair: no partial upgrade or downgrade is recorded; the database is at "
          + Planner.describe(repair.heads()) + ".");
    }
    PartialRun partial = repair.partialRun().get();
    String revision = partial.verb() + " of revision " + partial.revisionId();
    int next = partial.statementsDone() + 1;
    String remaining = next >= partial.statementsTotal() ? "statement " + partial.statementsTotal()
        : "statements " + next + "-" + partial.statementsTotal();
    return switch (repair.action()) {
      case SHOW -> List.of(repair.description(),
          "To finish it: fix the revision if needed, then 'retort repair --resume' runs the remaining statements (now "
              + remaining + ") and records the " + revision + " as done.",
          "To give it up: undo " + (partial.statementsDone() == 0 ? "whatever it did" : partial.appliedStatements())
              + " by hand, then 'retort repair --clear' forgets the record (the version table stays at "
              + Planner.describe(repair.heads()) + ").");
      case RESUME -> List.of("Resumed the " + revision + ": ran " + repair.statementsRun() + " remaining statement(s); the "
          + "database is at " + Planner.describe(repair.heads()) + ".");
      case CLEAR -> List.of("Cleared the record of the partial " + revision + " (" + partial.appliedStatements() + " of "
          + partial.statementsTotal() + " had run); the database is at " + Planner.describe(repair.heads()) + ".");
    };
  }

  /** {@code current}: the line about a recorded partial run, printed after the current revisions; nothing when none is. */
  public static List<String> partialRun(Optional<String> report) {
    return report.map(List::of).orElse(List.of());
  }

  /** {@code stamp}: {@code Running stamp_revision BEFORE -> AFTER}. */
  public static List<String> stamp(Stamped stamped) {
    return List.of("Running stamp_revision " + String.join(", ", stamped.before()) + " -> " + String.join(", ", stamped.after()));
  }

  /** {@code current}: {@code <id> (head)} per revision, or full entries under the (redacted) URL. */
  public List<String> current(List<RevisionInfo> revisions, boolean verbose) {
    List<String> lines = new ArrayList<>();
    if (verbose) {
      lines.add("Current revision(s) for " + ConnectionSource.redact(project.url()) + ":");
    }
    for (RevisionInfo revision : revisions) {
      if (verbose) {
        lines.addAll(format.entry(revision));
      } else {
        lines.add(format.currentLine(revision));
      }
    }
    return lines;
  }

  /**
   * {@code history}: one line per revision ({@code (current)} after those in {@code current}), or full entries.
   */
  public List<String> history(List<RevisionInfo> revisions, List<String> current, boolean verbose) {
    List<String> lines = new ArrayList<>();
    for (RevisionInfo revision : revisions) {
      if (verbose) {
        lines.addAll(format.entry(revision));
      } else {
        lines.add(format.historyLine(revision, current.contains(revision.id())));
      }
    }
    return lines;
  }

  /** {@code heads}: {@code <id> (<labels>) (head)} per head, or full entries. */
  public List<String> heads(List<RevisionInfo> heads, boolean verbose) {
    List<String> lines = new ArrayList<>();
    for (RevisionInfo head : heads) {
      if (verbose) {
        lines.addAll(format.entry(head));
      } else {
        lines.add(format.headLine(head));
      }
    }
    return lines;
  }

  /** {@code branches}: each branch point, its branches indented under it, an empty line after each. */
  public List<String> branches(List<BranchPoint> points, boolean verbose) {
    List<String> lines = new ArrayList<>();
    for (BranchPoint point : points) {
      if (verbose) {
        lines.addAll(format.entry(point.revision()));
      } else {
        lines.add(format.branchPointLine(point.revision()));
      }
      for (RevisionInfo branch : point.branches()) {
        lines.add(format.branchLine(point.revision(), branch, verbose));
      }
      lines.add("");
    }
    return lines;
  }

  /** {@code show}: the full entry of each revision. */
  public List<String> show(List<RevisionInfo> revisions) {
    List<String> lines = new ArrayList<>();
    revisions.forEach(revision -> lines.addAll(format.entry(revision)));
    return lines;
  }
}
