package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.compare.Comparison;
import io.retort.autogen.script.Project;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:check}: fails the build when the entities and the database differ, listing the
 * differences ({@code retort check}). Bind it to {@code verify} so CI catches a forgotten revision.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME,
    threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class CheckMojo extends RetortMojo {
  private final Map<String, Integer> differences = new LinkedHashMap<>();

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected void run(Project project) {
    Comparison comparison = Commands.check(project);
    print(TextReport.check(comparison));
    if (!comparison.isEmpty()) {
      differences.put(project.config().database(), comparison.detectedLines().size());
    }
  }

  @Override
  protected void finish() throws MojoFailureException {
    if (!differences.isEmpty()) {
      throw new MojoFailureException(TextReport.checkFailure(differences));
    }
  }

  @Override
  protected String usage() {
    return "check";
  }
}
