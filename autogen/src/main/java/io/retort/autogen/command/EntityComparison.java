package io.retort.autogen.command;

import io.retort.autogen.SchemaDiff;
import io.retort.autogen.Timings;
import io.retort.autogen.compare.Comparison;
import io.retort.autogen.flyway.FlywayHistory;
import io.retort.autogen.flyway.FlywayMigrations;
import io.retort.autogen.script.Project;
import io.retort.runtime.RetortException;
import io.retort.runtime.config.MigrationFormat;
import io.retort.runtime.migrate.Planner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What {@code revision --autogenerate} and {@code check} share: the guard that the database is at
 * the head(s), as Alembic's "Target database is not up to date", with no revision stopped part-way,
 * and the comparison of the entities with the database. In a project that writes Flyway migrations the guard reads Flyway's history
 * table instead of Retort's version table, and that table is left out of the comparison.
 */
final class EntityComparison {
  private EntityComparison() {
  }

  /** As {@link #compare(Project, Map, MigrationFormat)} in the project's own format ({@code revision_format}). */
  static Comparison compare(Project project, Map<String, String> renames) {
    return compare(project, renames, project.config().migrationFormat());
  }

  /**
   * Compares the entities with the database after checking that the database is up to date and valid
   * (what {@code retort validate} checks: no partial run recorded, no applied revision unknown or
   * edited): at every head of Retort's revisions, or, in the Flyway format, with no Flyway migration pending or
   * failed. A revision generated against an older schema would repeat what the pending ones do.
   */
  static Comparison compare(Project project, Map<String, String> renames, MigrationFormat format) {
    if (format == MigrationFormat.FLYWAY) {
      FlywayMigrations migrations = FlywayMigrations.scan(project.config().flywayLocations());
      return compareForFlyway(project, renames, history -> history.requireUpToDate(migrations));
    }
    return compare(diff(project), renames, retortGuard(project));
  }

  /**
   * Compares with Flyway's history table left out, after {@code guard} has looked at that table
   * (read while the entities are read).
   */
  static Comparison compareForFlyway(Project project, Map<String, String> renames,
      Consumer<FlywayHistory> guard) {
    String table = project.config().flywayTable();
    return compare(diff(project).ignoring(List.of(table)), renames, () -> guard.accept(flywayHistory(project)));
  }

  /** Flyway's history as the database records it. */
  static FlywayHistory flywayHistory(Project project) {
    String table = project.config().flywayTable();
    return Timings.time("read Flyway's history table", () -> {
      try (Connection connection = project.connections().open()) {
        return FlywayHistory.read(connection, table);
      } catch (SQLException e) {
        throw new RetortException("Could not read Flyway's history table " + table + ": " + e.getMessage(), e);
      }
    });
  }

  private static SchemaDiff diff(Project project) {
    if (!project.config().entityPackages().isEmpty() && project.projectClasspath().isEmpty()) {
      throw new RetortException("No compiled classes to find the entities (" + String.join(", ", project.config().entityPackages())
          + ") in: " + project.directory() + " has no pom.xml and no target/classes; build the project first, or pass "
          + "--classpath with its compiled classes and libraries");
    }
    return new SchemaDiff(project.mappingConfig(), project.url(),
        table -> project.hook().map(hook -> hook.includeTable(table)).orElse(true), project.dialect(), project.connections(),
        project.classLoader(), project.projectClasspath());
  }

  /** The entities are read (Hibernate's boot) while {@code guard} and the database's introspection run. */
  private static Comparison compare(SchemaDiff diff, Map<String, String> renames, Runnable guard) {
    return Timings.time("compare entities with the database", () -> diff.compare(renames, guard));
  }

  private static Runnable retortGuard(Project project) {
    List<String> heads = project.graph().heads();
    return () -> {
      // what validate reports stops a comparison too: a revision stopped part-way, an applied revision
      // this project lacks or one edited since it ran
      List<String> problems = project.migrator().problems();
      if (!problems.isEmpty()) {
        throw new RetortException(problems.get(0) + (problems.size() > 1
            ? " (and " + (problems.size() - 1) + " more problem(s): 'retort validate' lists them all)" : ""));
      }
      List<String> current = project.currentHeads();
      if (!new TreeSet<>(heads).equals(new TreeSet<>(current))) {
        throw new RetortException("Target database is not up to date: it is at " + Planner.describe(current)
            + ", the revisions end at " + Planner.describe(heads) + "; run 'retort upgrade " + (heads.size() > 1 ? "heads" : "head")
            + "' first");
      }
    };
  }
}
