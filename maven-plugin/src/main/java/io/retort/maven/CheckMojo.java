package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.compare.Comparison;
import io.retort.autogen.script.CompiledClasses;
import io.retort.autogen.script.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:check}: fails the build when the entities and the database differ, listing the
 * differences ({@code retort check}). Bind it to {@code verify} so CI catches a forgotten revision.
 * It compares the classes the build compiled: run alone after an entity changed, it says to compile
 * first rather than compare old classes ({@code mvn compile retort:check}); it does not compile
 * itself, so that bound to {@code verify} it costs no second compile.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME,
    threadSafe = true)
public final class CheckMojo extends RetortMojo {
  private final Map<String, Integer> differences = new LinkedHashMap<>();

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected void run(Project project) throws MojoFailureException {
    Optional<Path> stale = new CompiledClasses(project.directory(), List.of(project.scriptLocation())).firstStale();
    if (stale.isPresent()) {
      throw new MojoFailureException("The compiled classes in target/classes are older than "
          + project.directory().relativize(stale.get()) + ", so the entities compared would not be the ones in the sources: "
          + "compile first ('mvn compile retort:check'), or bind retort:check to verify");
    }
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
