package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:branches}: the branch points of the revision graph ({@code retort branches}). */
@Mojo(name = "branches", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class BranchesMojo extends RetortMojo {
  /** Show the full entry of each branch point and the messages of its branches. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  private boolean verbose;

  @Override
  protected void run(Project project) {
    print(new TextReport(project).branches(Commands.branches(project), verbose));
  }

  @Override
  protected String usage() {
    return "branches";
  }
}
