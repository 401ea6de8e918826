package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.script.Project;
import io.retort.runtime.migrate.MigrationListener;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:downgrade -Dretort.target=-1 [-Dretort.sql]}: undoes revisions, or with
 * {@code retort.sql} prints the script that would ({@code FROM:TO}) ({@code retort downgrade}).
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class DowngradeMojo extends MigrateMojo {
  /** {@code -N}, a revision id or unique prefix, {@code base}; with sql a range {@code FROM:TO} such as {@code head:-1}. */
  @Parameter(property = "retort.target", required = true)
  private String target;

  @Override
  protected String target() {
    return target;
  }

  @Override
  protected String verb() {
    return "downgrade";
  }

  @Override
  protected String script(Project project, String range) {
    return Commands.downgradeScript(project, range);
  }

  @Override
  protected void migrate(Project project, MigrationListener listener) {
    Commands.downgrade(project, target, listener);
  }
}
