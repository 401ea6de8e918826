package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.ProgressLines;
import io.retort.autogen.script.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:downgrade -Dretort.target=-1 [-Dretort.sql]}: undoes revisions, or with
 * {@code retort.sql} prints the script that would ({@code FROM:TO}) ({@code retort downgrade}).
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class DowngradeMojo extends RetortMojo {
  /** {@code -N}, a revision id or unique prefix, {@code base}; with sql a range {@code FROM:TO} such as {@code head:-1}. */
  @Parameter(property = "retort.target", required = true)
  private String target;

  /** Print the SQL script instead of running it; no connection is made. */
  @Parameter(property = "retort.sql", defaultValue = "false")
  private boolean sql;

  @Override
  protected boolean runsOnEachDatabase() {
    return !sql;
  }

  @Override
  protected void run(Project project) {
    if (sql) {
      System.out.print(Commands.downgradeScript(project, target));
      System.out.flush();
      return;
    }
    Commands.downgrade(project, target, new ProgressLines(this::print));
  }

  @Override
  protected String usage() {
    return sql ? "downgrade --sql" : "downgrade";
  }
}
