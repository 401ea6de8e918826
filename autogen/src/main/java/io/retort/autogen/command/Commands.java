package io.retort.autogen.command;

import io.retort.autogen.compare.Comparison;
import io.retort.autogen.render.RevisionSpec;
import io.retort.autogen.script.NewRevision;
import io.retort.autogen.script.Project;
import io.retort.autogen.script.RevisionFiles;
import io.retort.autogen.script.Templates;
import io.retort.runtime.RetortException;
import io.retort.runtime.config.MigrationFormat;
import io.retort.runtime.config.RetortConfig;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.RevisionRange;
import io.retort.runtime.graph.TargetResolver;
import io.retort.runtime.graph.TargetSyntax;
import io.retort.runtime.migrate.MigrationListener;
import io.retort.runtime.migrate.Migrator;
import io.retort.runtime.migrate.PartialRun;
import io.retort.runtime.migrate.Repaired;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Retort's commands, one method per verb, as Alembic's {@code command.py}: each takes the
 * {@link Project} (one database of it) and the command's options, does the work, and returns what
 * happened; nothing here prints. The command line ({@code io.retort.cli}), the Maven plugin and
 * tests call these methods and render the results, the same way, with {@link TextReport}.
 * Failures are {@link RetortException}s whose message is the one line to show.
 */
public final class Commands {
  private Commands() {
  }

  // --- scaffolding --------------------------------------------------------------------------

  /** {@code init}: the templates {@code init} can scaffold from. */
  public static List<Templates.Template> templates() {
    return Templates.load(Commands.class.getClassLoader()).all();
  }

  /**
   * {@code init [--template NAME] DIR}: scaffolds {@code directory} from a template. The directory
   * may exist; nothing is written when any file the template writes is there already.
   */
  public static Scaffold init(Path directory, String template) {
    Templates.Template chosen = Templates.load(Commands.class.getClassLoader()).get(template);
    Path target = directory.toAbsolutePath().normalize();
    checkNothingIsOverwritten(target, chosen);
    List<Scaffold.Created> created = new ArrayList<>();
    try {
      createDirectory(target, created);
      for (Map.Entry<String, byte[]> file : chosen.files().entrySet()) {
        Path destination = target.resolve(file.getKey()).normalize();
        createDirectory(destination.getParent(), created);
        Files.write(destination, file.getValue());
        created.add(new Scaffold.Created(destination, false));
      }
    } catch (IOException e) {
      throw new RetortException("Cannot write the project into " + target + ": " + e.getMessage(), e);
    }
    return new Scaffold(target.resolve(RetortConfig.FILE_NAME), created);
  }

  private static void checkNothingIsOverwritten(Path target, Templates.Template chosen) {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new RetortException(target + " exists and is not a directory; give a new directory or an existing one to 'retort init'");
    }
    Set<String> taken = new LinkedHashSet<>();
    for (String relative : chosen.files().keySet()) {
      Path destination = target.resolve(relative).normalize();
      if (Files.exists(destination)) {
        taken.add(destination.toString());
        continue;
      }
      for (Path parent = destination.getParent(); !parent.equals(target); parent = parent.getParent()) {
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
          taken.add(parent + " (a file where the template needs a directory)");
          break;
        }
      }
    }
    if (!taken.isEmpty()) {
      throw new RetortException("'retort init' would overwrite " + String.join(", ", taken) + "; nothing was written. Move "
          + (taken.size() == 1 ? "it" : "them") + " away, or init into another directory");
    }
  }

  private static void createDirectory(Path directory, List<Scaffold.Created> created) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    createDirectory(directory.getParent(), created);
    Files.createDirectory(directory);
    created.add(new Scaffold.Created(directory, true));
  }

  // --- new revisions ------------------------------------------------------------------------

  /**
   * {@code revision -m MSG [--autogenerate]}: a new revision on the single head (or on
   * {@code options.head()}), empty, or filled with what differs between the entities and the
   * database. An autogenerate that finds nothing writes nothing. In the Flyway format
   * ({@code --format flyway} or {@code revision_format = flyway}) the new migration is Flyway's
   * {@code V<next version>__<slug>.sql} instead (and with {@code undo}, its {@code U} file).
   */
  public static RevisionResult revision(Project project, RevisionOptions options) {
    if (!options.autogenerate() && !options.renames().isEmpty()) {
      throw new RetortException("--rename only means something with --autogenerate");
    }
    if (!options.autogenerate() && !options.declinedRenames().isEmpty()) {
      throw new RetortException("--no-rename only means something with --autogenerate");
    }
    MigrationFormat format = options.formatFor(project.config());
    if (format == MigrationFormat.FLYWAY) {
      return FlywayRevision.write(project, options);
    }
    if (options.undo()) {
      throw new RetortException("--undo only means something for a Flyway migration (--format flyway, or revision_format = "
          + "flyway): a Retort revision has its downgrade() in the same file");
    }
    RevisionGraph graph = project.graph();
    NewRevision revision = NewRevision.create(graph, options.message(), placement(graph, options), options.branchLabel(),
        options.dependsOn(), options.revisionId());
    RevisionSpec.Builder spec = revision.specBuilder(project.migrationsPackage());
    if (!options.autogenerate()) {
      return new RevisionResult(List.of(), null, revision.id(), RevisionFiles.write(project, spec.build()));
    }
    Comparison comparison = EntityComparison.compare(project, options.renames());
    RenameDecisions.require(comparison, options.declinedRenames());
    List<String> detected = AutogeneratedSteps.report(comparison, options.renames());
    if (comparison.isEmpty()) {
      return new RevisionResult(detected, comparison, revision.id(), null);
    }
    AutogeneratedSteps.fill(spec, comparison);
    return new RevisionResult(detected, comparison, revision.id(), RevisionFiles.write(project, spec.build()));
  }

  /** The parents of a new revision: the single head, {@code --head}, or none (a new base). */
  private static List<String> placement(RevisionGraph graph, RevisionOptions options) {
    if (options.head() == null) {
      List<String> heads = graph.heads();
      if (heads.size() > 1) {
        throw new RetortException("Multiple heads are present; please specify the head revision on which the new revision "
            + "should be based, or perform a merge. Heads: " + String.join(", ", heads) + "; e.g. 'retort revision -m MSG --head "
            + heads.get(0) + "' or 'retort merge -m MSG heads'");
      }
      return heads;
    }
    String spec = TargetSyntax.check(options.head());
    if (spec.equals("base")) {
      return List.of();
    }
    String parent = new TargetResolver(graph).resolve(spec, List.of()).orElseThrow(
        () -> new RetortException("--head " + spec + " names no revision; give a revision id, prefix, LABEL@head or base"));
    if (!graph.children(parent).isEmpty() && !options.splice()) {
      throw new RetortException("Revision " + parent + " is not a head revision; pass --splice to create a new branch from it, "
          + "or give a head ('retort heads' lists them)");
    }
    return List.of(parent);
  }

  /**
   * {@code merge -m MSG REV...}: a revision with several parents that joins branches into one head;
   * {@code heads} stands for every head. It has no operations.
   */
  public static RevisionResult merge(Project project, String message, List<String> revisions, String branchLabel,
      String revisionId) {
    RevisionGraph graph = project.graph();
    List<String> parents = mergeParents(graph, revisions);
    NewRevision merge = NewRevision.create(graph, message, parents, branchLabel, List.of(), revisionId);
    RevisionSpec spec = merge.specBuilder(project.migrationsPackage()).build();
    return new RevisionResult(List.of(), null, merge.id(), RevisionFiles.write(project, spec));
  }

  private static List<String> mergeParents(RevisionGraph graph, List<String> revisions) {
    TargetResolver resolver = new TargetResolver(graph);
    List<String> parents = new ArrayList<>();
    for (String spec : revisions) {
      List<String> ids = spec.trim().equals("heads") ? graph.heads() : List.of(resolver.resolve(TargetSyntax.check(spec), List.of())
          .orElseThrow(() -> new RetortException("Cannot merge base; name the revisions to merge, or 'heads'")));
      for (String id : ids) {
        if (!parents.contains(id)) {
          parents.add(id);
        }
      }
    }
    if (parents.size() < 2) {
      throw new RetortException("Nothing to merge: " + String.join(" ", revisions) + " is only " + (parents.isEmpty() ? "base"
          : "revision " + parents.get(0)) + "; a merge joins two or more heads ('retort heads' lists them)");
    }
    for (String a : parents) {
      for (String b : parents) {
        if (!a.equals(b) && graph.descendants(a).contains(b)) {
          throw new RetortException("Revision " + a + " is an ancestor of " + b + ", so they are on one branch already; "
              + "merge revisions of different branches");
        }
      }
    }
    return parents;
  }

  // --- comparing ----------------------------------------------------------------------------

  /**
   * {@code check}: what differs between the entities and the database (empty when they agree). In a
   * Flyway-format project the database must be up to date by Flyway's history table.
   */
  public static Comparison check(Project project) {
    return EntityComparison.compare(project, Map.of());
  }

  // --- migrating ----------------------------------------------------------------------------

  /** {@code upgrade TARGET}: applies revisions; returns those applied. */
  public static List<RevisionInfo> upgrade(Project project, String target, MigrationListener listener) {
    return project.migrator().listener(listener).upgrade(target);
  }

  /** {@code upgrade --sql TARGET|FROM:TO}: the script that would upgrade, written without connecting. */
  public static String upgradeScript(Project project, String range) {
    return project.offlineScript().upgrade(RevisionRange.script(range));
  }

  /** {@code downgrade TARGET}: undoes revisions; returns those undone. */
  public static List<RevisionInfo> downgrade(Project project, String target, MigrationListener listener) {
    return project.migrator().listener(listener).downgrade(target);
  }

  /** {@code downgrade --sql FROM:TO}: the script that would downgrade, written without connecting. */
  public static String downgradeScript(Project project, String range) {
    return project.offlineScript().downgrade(RevisionRange.script(range));
  }

  /** {@code stamp TARGET}: sets the version table without running any revision. */
  public static Stamped stamp(Project project, String target) {
    String spec = TargetSyntax.check(target);
    List<String> before = project.currentHeads();
    List<String> after = project.migrator().stamp(spec);
    return new Stamped(before, after);
  }

  /**
   * {@code validate}: what is wrong with what the database says is applied, one line per problem
   * (an applied revision this project lacks, an applied revision edited since, a revision that
   * stopped part-way); empty when nothing is. Changes nothing.
   */
  public static List<String> validate(Project project) {
    return project.migrator().problems();
  }

  /**
   * {@code repair [--resume | --clear]}: after a revision stopped part-way outside a transaction
   * (MariaDB and H2 commit each DDL statement), shows the record, runs the revision's remaining
   * statements and records it as applied ({@code --resume}), or forgets the record after the user
   * undid its statements by hand ({@code --clear}). Nothing recorded is not a failure. {@code listener}
   * hears of the revision {@code --resume} runs.
   */
  public static Repair repair(Project project, Repair.Action action, MigrationListener listener) {
    Migrator migrator = project.migrator().listener(listener);
    return switch (action) {
      case SHOW -> {
        Optional<PartialRun> partial = migrator.partialRun();
        yield new Repair(action, partial, migrator.partialRunReport().orElse(null), 0, project.currentHeads());
      }
      case RESUME -> repaired(action, migrator.resume(), project);
      case CLEAR -> repaired(action, migrator.clearPartialRun(), project);
    };
  }

  private static Repair repaired(Repair.Action action, Optional<Repaired> repaired, Project project) {
    return repaired.map(done -> new Repair(action, Optional.of(done.partialRun()), null, done.statementsRun(), done.heads()))
        .orElseGet(() -> new Repair(action, Optional.empty(), null, 0, project.currentHeads()));
  }

  /**
   * The recorded partial run in one line with the ways out, as {@code current} prints it after the
   * current revisions; empty when none is recorded.
   */
  public static Optional<String> partialRun(Project project) {
    return project.migrator().partialRunReport();
  }

  // --- reading the state and the graph --------------------------------------------------------

  /** {@code current}: the revisions the database is at (empty at base). */
  public static List<RevisionInfo> current(Project project) {
    RevisionGraph graph = project.graph();
    List<RevisionInfo> revisions = new ArrayList<>();
    for (String id : project.currentHeads()) {
      if (!graph.contains(id)) {
        throw new RetortException("The database is at revision " + id + ", which is not among the revisions of this project: "
            + "restore its file, or if it was removed on purpose, 'retort stamp' the database to a known revision");
      }
      revisions.add(graph.get(id));
    }
    return revisions;
  }

  /**
   * {@code history [-r RANGE]}: the revisions, newest first; with a range ({@code [FROM]:[TO]}),
   * those between FROM and TO, both included.
   */
  public static List<RevisionInfo> history(Project project, String range) {
    HistoryRange history = new HistoryRange(project.graph(), project::currentHeads);
    return range == null ? history.all() : history.select(RevisionRange.history(range));
  }

  /** {@code heads}: the revisions nothing revises yet. */
  public static List<RevisionInfo> heads(Project project) {
    RevisionGraph graph = project.graph();
    return graph.heads().stream().map(graph::get).toList();
  }

  /** {@code branches}: every branch point, newest first, with the revisions it branches into. */
  public static List<BranchPoint> branches(Project project) {
    RevisionGraph graph = project.graph();
    List<BranchPoint> points = new ArrayList<>();
    for (RevisionInfo revision : HistoryRange.newestFirst(graph)) {
      if (graph.isBranchPoint(revision.id())) {
        points.add(new BranchPoint(revision, graph.children(revision.id()).stream().map(graph::get).toList()));
      }
    }
    return points;
  }

  /**
   * {@code show REV}: the revisions REV names: an id or prefix, a branch label, {@code head},
   * {@code heads}, {@code LABEL@head}, or {@code current} (those the database is at).
   */
  public static List<RevisionInfo> show(Project project, String revision) {
    RevisionGraph graph = project.graph();
    String spec = TargetSyntax.check(revision);
    if (spec.equals("heads")) {
      return heads(project);
    }
    if (spec.equals("current")) {
      List<RevisionInfo> current = current(project);
      if (current.isEmpty()) {
        throw new RetortException("The database is at base (no revision applied), so there is no current revision to show");
      }
      return current;
    }
    List<String> heads = TargetSyntax.countsFromDatabase(spec) ? project.currentHeads() : List.of();
    String id = project.resolver().resolve(spec, heads).orElseThrow(() -> new RetortException(
        "'" + spec + "' is base, which is not a revision; give a revision id, prefix, branch label or head"));
    return List.of(graph.get(id));
  }
}
