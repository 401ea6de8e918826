package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:merge -Dretort.message=MSG [-Dretort.revisions=heads]}: a merge revision ({@code retort merge}). */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class MergeMojo extends RetortMojo {
  /** What the merge is for. */
  @Parameter(property = "retort.message", required = true)
  private String message;

  /** The revisions to merge: ids, prefixes, branch labels, or {@code heads}. */
  @Parameter(property = "retort.revisions", defaultValue = "heads")
  private List<String> revisions;

  /** A branch label for the merge revision. */
  @Parameter(property = "retort.branchLabel")
  private String branchLabel;

  /** The id of the merge revision instead of a random one. */
  @Parameter(property = "retort.revId")
  private String revId;

  @Override
  protected void run(Project project) {
    print(TextReport.revision(Commands.merge(project, message, revisions, branchLabel, revId)));
  }

  @Override
  protected String usage() {
    return "merge";
  }
}
