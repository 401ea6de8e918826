package io.retort.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:revision -Dretort.message=...}: a new, empty revision to fill in by hand ({@code retort revision}). */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class RevisionMojo extends NewRevisionMojo {
  /** Fill the revision from the entities, as {@code retort:autogen} (which also compiles first). */
  @Parameter(property = "retort.autogenerate", defaultValue = "false")
  private boolean autogenerate;

  @Override
  protected boolean autogenerate() {
    return autogenerate;
  }

  @Override
  protected String usage() {
    return "revision";
  }
}
