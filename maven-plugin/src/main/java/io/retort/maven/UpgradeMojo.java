package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.ProgressLines;
import io.retort.autogen.script.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:upgrade [-Dretort.target=head] [-Dretort.sql]}: applies revisions, or with
 * {@code retort.sql} prints the script that would ({@code TARGET} or {@code FROM:TO}) to standard
 * output, without connecting ({@code retort upgrade}).
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class UpgradeMojo extends RetortMojo {
  /** {@code head}, {@code heads}, a revision id or unique prefix, {@code +N}, {@code BRANCH@head}; with sql also {@code FROM:TO}. */
  @Parameter(property = "retort.target", defaultValue = "head")
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
      System.out.print(Commands.upgradeScript(project, target));
      System.out.flush();
      return;
    }
    Commands.upgrade(project, target, new ProgressLines(this::print));
  }

  @Override
  protected String usage() {
    return sql ? "upgrade --sql" : "upgrade";
  }
}
