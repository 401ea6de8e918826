package io.retort.maven;

import io.retort.autogen.command.ProgressLines;
import io.retort.autogen.script.Project;
import io.retort.runtime.migrate.MigrationListener;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code retort:upgrade} and {@code retort:downgrade} share: run revisions against the database
 * (on each database in turn for a multidb project), logging a line per revision, or with
 * {@code -Dretort.sql} print the script that would, for one database, to standard output without
 * connecting ({@code mvn -q ... > script.sql}).
 */
abstract class MigrateMojo extends RetortMojo {
  /** Print the SQL script instead of running it; no connection is made. */
  @Parameter(property = "retort.sql", defaultValue = "false")
  private boolean sql;

  /** The target ({@code -Dretort.target}); with sql, also {@code FROM:TO}. */
  protected abstract String target();

  /** {@code upgrade} or {@code downgrade}. */
  protected abstract String verb();

  /** The script of the target or range. */
  protected abstract String script(Project project, String range);

  /** Runs the revisions to the target. */
  protected abstract void migrate(Project project, MigrationListener listener);

  @Override
  protected boolean runsOnEachDatabase() {
    return !sql;
  }

  @Override
  protected void run(Project project) {
    if (sql) {
      System.out.print(script(project, target()));
      System.out.flush();
      return;
    }
    migrate(project, new ProgressLines(this::print));
  }

  @Override
  protected String usage() {
    return sql ? verb() + " --sql" : verb();
  }
}
