package io.retort.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/**
 * A command that works on the project the config file describes. It opens the
 * {@link ProjectContext} (closed afterwards), and {@link #run} does the work. Failures are thrown
 * ({@link io.retort.runtime.RetortException} for what the user can fix); {@link Main} turns them
 * into the {@code FAILED:} line and the exit code.
 */
abstract class ProjectCommand implements Callable<Integer> {
  @ParentCommand
  private RetortCommand retort;

  @Override
  public final Integer call() throws Exception {
    try (ProjectContext project = retort.openProject()) {
      return run(project);
    }
  }

  /** Does the command's work; returns the exit code (0 for success). */
  protected abstract int run(ProjectContext project) throws Exception;

  protected PrintStream out() {
    return retort.invocation().out();
  }

  protected PrintStream err() {
    return retort.invocation().err();
  }
}
