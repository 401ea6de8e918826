package io.retort.autogen.command;

import io.retort.autogen.SchemaDiff;
import io.retort.autogen.compare.Comparison;
import io.retort.autogen.script.Project;
import io.retort.autogen.Timings;
import io.retort.runtime.RetortException;
import io.retort.runtime.migrate.Planner;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What {@code revision --autogenerate} and {@code check} share: the guard that the database is at
 * the head(s), as Alembic's "Target database is not up to date", and the comparison of the entities
 * with the database.
 */
final class EntityComparison {
  private EntityComparison() {
  }

  /**
   * Compares the entities with the database after checking that the database is at every head: a
   * revision generated against an older schema would repeat what the pending revisions do. The
   * entities are read (Hibernate's boot) while the check and the database's introspection run.
   */
  static Comparison compare(Project project, Map<String, String> renames) {
    if (!project.config().entityPackages().isEmpty() && project.projectClasspath().isEmpty()) {
      throw new RetortException("No compiled classes to find the entities (" + String.join(", ", project.config().entityPackages())
          + ") in: " + project.directory() + " has no pom.xml and no target/classes; build the project first, or pass "
          + "--classpath with its compiled classes and libraries");
    }
    List<String> heads = project.graph().heads();
    SchemaDiff diff = new SchemaDiff(project.config(), project.url(),
        table -> project.hook().map(hook -> hook.includeTable(table)).orElse(true), project.dialect(), project.connections(),
        project.classLoader(), project.projectClasspath());
    return Timings.time("compare entities with the database", () -> diff.compare(renames, () -> {
      List<String> current = project.currentHeads();
      if (!new TreeSet<>(heads).equals(new TreeSet<>(current))) {
        throw new RetortException("Target database is not up to date: it is at " + Planner.describe(current)
            + ", the revisions end at " + Planner.describe(heads) + "; run 'retort upgrade " + (heads.size() > 1 ? "heads" : "head")
            + "' first");
      }
    }));
  }
}
