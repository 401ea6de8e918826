package io.retort.autogen.evolution;

import io.retort.autogen.compare.Comparison;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One seed on one database: the generated model's first version, then {@code steps - 1} edits. For
 * each step: rows are added to every table, the entity sources are compiled, autogenerate writes a
 * revision, and after {@code upgrade head}
 * <ol>
 *   <li>autogenerate ({@code check}) finds nothing;</li>
 *   <li>the schema equals what Hibernate's own create script builds from the same entities on a fresh
 *       database ({@link HibernateOracle});</li>
 *   <li>{@code downgrade -1} gives back exactly the previous step's schema;</li>
 *   <li>{@code upgrade head} again gives the same schema as the first upgrade;</li>
 * </ol>
 * and the rows written before the step are there, with the same values, after each of the three
 * migrations, except in the tables and columns a destructive edit is allowed to lose.
 */
final class EvolutionRun {
  private static final int ROWS_PER_TABLE = 2;

  private final TestDatabase.Kind kind;
  private final long seed;
  private final int steps;
  private final Path dir;

  EvolutionRun(TestDatabase.Kind kind, long seed, int steps, Path dir) {
    this.kind = kind;
    this.seed = seed;
    this.steps = steps;
    this.dir = dir;
  }

  /** Runs every step; returns how many rows were written along the way. */
  int run() throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); EvolutionProject project = new EvolutionProject(db, dir.resolve("project"))) {
      ModelGenerator generator = new ModelGenerator(seed, kind);
      RowFiller filler = new RowFiller(db, seed);
      Model model = new Model(List.of(), List.of(), 1);
      Map<String, String> sources = Map.of();
      SchemaModel schema = project.current();
      for (int step = 1; step <= steps; step++) {
        Edit edit = step == 1 ? Edit.safe("the first model", generator.initial()) : generator.next(model);
        Step current = new Step(step, edit);
        try {
          schema = current.run(project, filler, model, schema);
        } catch (Throwable failure) {
          throw new AssertionError(EvolutionSettings.replay(seed, steps, kind) + "\nseed " + seed + " on " + kind + ", step " + step
              + " of " + steps + " (" + edit.description() + (edit.destructive() ? ", destructive: may lose " + edit.lost() : "")
              + ") failed: " + failure.getMessage() + "\n\nentity sources of this step, against the previous step:\n"
              + SourceDiff.of(sources, EntitySources.of(edit.after())) + current.revision(), failure);
        }
        model = edit.after();
        sources = EntitySources.of(model);
      }
      if (Boolean.getBoolean("evolution.timing")) {
        filler.refused().forEach(line -> System.out.println("  refused " + line));
      }
      if (filler.inserted() == 0 && steps > 1) {
        throw new AssertionError("seed " + seed + " on " + kind + ": no row could be written, so nothing was shown to survive");
      }
      return filler.inserted();
    }
  }

  /** One step: its edit, and the revision autogenerate wrote for it (for the failure message). */
  private final class Step {
    private final int number;
    private final Edit edit;
    private String revision = "";

    Step(int number, Edit edit) {
      this.number = number;
      this.edit = edit;
    }

    String revision() {
      return revision.isEmpty() ? "" : "\nthe revision autogenerate wrote:\n" + revision;
    }

    /** Runs the step from {@code before} (the schema of {@code previous}) and returns the schema after it. */
    SchemaModel run(EvolutionProject project, RowFiller filler, Model previous, SchemaModel before) throws Exception {
      TestDatabase db = project.database();
      filler.fill(before, previous, ROWS_PER_TABLE);
      for (String column : edit.backfill()) {
        filler.backfill(before, previous, column);
      }
      RowSnapshot rows = RowSnapshot.of(db, before);
      try (EntityClasses entities = EntityClasses.compile(edit.after(), dir.resolve("step-" + number))) {
        lap("fill+compile");
        Comparison comparison = project.compare(entities);
        lap("compare");
        if (comparison.isEmpty()) {
          throw new AssertionError("autogenerate found no change for an edit that changes the schema");
        }
        revision = project.writeRevision(comparison, "step " + number + ": " + edit.description());
        lap("write revision");
        project.migrator().upgrade("head");
        lap("upgrade");
        Comparison check = project.compare(entities);
        if (!check.isEmpty()) {
          throw new AssertionError("(1) after upgrade head, check still finds:\n  " + String.join("\n  ", check.detectedLines()));
        }
        lap("check");
        SchemaModel after = project.current();
        lap("current");
        SchemaModel oracle = HibernateOracle.schema(entities, kind, dir);
        lap("oracle");
        same(oracle, after, "Hibernate's schema", "Retort's schema", "(2) the upgraded schema differs from Hibernate's own");
        survived(rows, db, after, "upgrade head");

        project.migrator().downgrade("-1");
        SchemaModel down = project.current();
        same(before, down, "the previous step", "after downgrade -1", "(3) downgrade -1 does not give back the previous step's schema");
        survived(rows, db, down, "downgrade -1");

        project.migrator().upgrade("head");
        SchemaModel again = project.current();
        same(after, again, "the first upgrade", "the second upgrade", "(4) upgrading again gives another schema");
        survived(rows, db, again, "upgrading again");
        lap("down/up");
        return after;
      }
    }

    private long t = System.nanoTime();

    private void lap(String what) {
      if (Boolean.getBoolean("evolution.timing")) {
        System.out.printf("  %s %.2f%n", what, (System.nanoTime() - t) / 1e9);
      }
      t = System.nanoTime();
    }

    private void same(SchemaModel expected, SchemaModel actual, String expectedName, String actualName, String what) {
      List<String> differences = SchemaDifferences.between(expected, actual, expectedName, actualName);
      if (!differences.isEmpty()) {
        throw new AssertionError(what + ":\n  " + String.join("\n  ", differences));
      }
    }

    private void survived(RowSnapshot rows, TestDatabase db, SchemaModel schema, String when) throws Exception {
      Set<String> lost = edit.lost();
      List<String> missing = rows.missingIn(RowSnapshot.of(db, schema), lost);
      if (!missing.isEmpty()) {
        throw new AssertionError("rows written before the step did not survive " + when + ":\n  " + String.join("\n  ", missing));
      }
    }
  }
}
