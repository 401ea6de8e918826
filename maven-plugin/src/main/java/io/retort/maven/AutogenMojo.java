package io.retort.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:autogen -Dretort.message="Add product description"}: a revision from the
 * difference between the entities and the database ({@code autogen MESSAGE}). Compiles the project
 * first, so the entities just edited are the ones compared.
 */
@Mojo(name = "autogen", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class AutogenMojo extends NewRevisionMojo {
  @Override
  protected boolean autogenerate() {
    return true;
  }

  @Override
  protected String usage() {
    return "autogen";
  }
}
