package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:heads}: the revisions nothing revises yet ({@code retort heads}). */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class HeadsMojo extends RetortMojo {
  /** Show the full entry of each revision. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  private boolean verbose;

  @Override
  protected void run(Project project) {
    print(new TextReport(project).heads(Commands.heads(project), verbose));
  }

  @Override
  protected String usage() {
    return "heads";
  }
}
