package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn retort:history [-Dretort.range=FROM:TO]}: the revisions, newest first ({@code retort history}). */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class HistoryMojo extends RetortMojo {
  /** {@code [start]:[end]}, each a revision id or prefix, head, heads, base, a branch label, +N/-N or current. */
  @Parameter(property = "retort.range")
  private String range;

  /** Show the full entry of each revision. */
  @Parameter(property = "retort.verbose", defaultValue = "false")
  private boolean verbose;

  /** Mark the revisions the database is at with {@code (current)}; connects. */
  @Parameter(property = "retort.indicateCurrent", defaultValue = "false")
  private boolean indicateCurrent;

  @Override
  protected void run(Project project) {
    List<String> current = indicateCurrent ? project.currentHeads() : List.of();
    print(new TextReport(project).history(Commands.history(project, range), current, verbose));
  }

  @Override
  protected String usage() {
    return "history";
  }
}
