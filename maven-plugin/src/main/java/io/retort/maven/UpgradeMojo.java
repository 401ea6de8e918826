package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.script.Project;
import io.retort.runtime.migrate.MigrationListener;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:upgrade [-Dretort.target=head] [-Dretort.sql]}: applies revisions, or with
 * {@code retort.sql} prints the script that would ({@code TARGET} or {@code FROM:TO}) to standard
 * output, without connecting ({@code retort upgrade}).
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class UpgradeMojo extends MigrateMojo {
  /** {@code head}, {@code heads}, a revision id or unique prefix, {@code +N}, {@code BRANCH@head}; with sql also {@code FROM:TO}. */
  @Parameter(property = "retort.target", defaultValue = "head")
  private String target;

  @Override
  protected String target() {
    return target;
  }

  @Override
  protected String verb() {
    return "upgrade";
  }

  @Override
  protected String script(Project project, String range) {
    return Commands.upgradeScript(project, range);
  }

  @Override
  protected void migrate(Project project, MigrationListener listener) {
    Commands.upgrade(project, target, listener);
  }
}
