package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.ProgressLines;
import io.retort.autogen.command.Repair;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:repair [-Dretort.resume | -Dretort.clear]}: after a revision stopped part-way
 * (MariaDB and H2 commit each DDL statement), shows the record, resumes it from the next statement,
 * or clears the record after a manual undo ({@code retort repair}).
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class RepairMojo extends RetortMojo {
  /** Run the remaining statements of the recorded revision and record it as applied ({@code --resume}). */
  @Parameter(property = "retort.resume", defaultValue = "false")
  private boolean resume;

  /** Forget the record after undoing its statements by hand; the version table stays at the revision before ({@code --clear}). */
  @Parameter(property = "retort.clear", defaultValue = "false")
  private boolean clear;

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected void run(Project project) throws MojoFailureException {
    if (resume && clear) {
      throw new MojoFailureException("-Dretort.resume and -Dretort.clear are the two ways out of a partial run; give one of them");
    }
    Repair.Action action = resume ? Repair.Action.RESUME : clear ? Repair.Action.CLEAR : Repair.Action.SHOW;
    print(TextReport.repair(Commands.repair(project, action, new ProgressLines(this::print))));
  }

  @Override
  protected String usage() {
    return "repair";
  }
}
