package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:stamp -Dretort.target=head}: sets the version table without running any revision ({@code retort stamp}). */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class StampMojo extends RetortMojo {
  /** {@code head}, {@code heads}, a revision id or unique prefix, {@code BRANCH@head}, {@code base}. */
  @Parameter(property = "retort.target", required = true)
  private String target;

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected void run(Project project) {
    print(TextReport.stamp(Commands.stamp(project, target)));
  }

  @Override
  protected String usage() {
    return "stamp";
  }
}
