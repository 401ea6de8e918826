package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:current}: the revisions the database is at, and a revision that stopped part-way ({@code retort current}). */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class CurrentMojo extends RetortMojo {
  /** Show the full entry of each revision. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  private boolean verbose;

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected void run(Project project) {
    print(new TextReport(project).current(Commands.current(project), verbose));
    print(TextReport.partialRun(Commands.partialRun(project)));
  }

  @Override
  protected String usage() {
    return "current";
  }
}
