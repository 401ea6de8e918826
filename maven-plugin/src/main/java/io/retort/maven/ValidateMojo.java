package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:validate}: fails the build when the database is at revisions this project lacks,
 * or an applied revision was edited since it ran, one line per problem ({@code retort validate}).
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class ValidateMojo extends RetortMojo {
  private final Map<String, Integer> problems = new LinkedHashMap<>();

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected void run(Project project) {
    List<String> found = Commands.validate(project);
    print(TextReport.validate(found));
    if (!found.isEmpty()) {
      problems.put(project.config().database(), found.size());
    }
  }

  @Override
  protected void finish() throws MojoFailureException {
    if (!problems.isEmpty()) {
      throw new MojoFailureException(TextReport.validateFailure(problems));
    }
  }

  @Override
  protected String usage() {
    return "validate";
  }
}
