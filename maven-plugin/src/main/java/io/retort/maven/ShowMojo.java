package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:show -Dretort.revision=REV}: everything about a revision ({@code retort show}). */
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class ShowMojo extends RetortMojo {
  /** A revision id or unique prefix, a branch label, head, heads or current. */
  @Parameter(property = "retort.revision", defaultValue = "head")
  private String revision;

  @Override
  protected void run(Project project) {
    print(new TextReport(project).show(Commands.show(project, revision)));
  }

  @Override
  protected String usage() {
    return "show";
  }
}
