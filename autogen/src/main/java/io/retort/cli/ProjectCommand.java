package io.retort.cli;

import io.retort.autogen.script.DatabaseSelection;
import io.retort.autogen.script.Project;
import io.retort.autogen.script.Workspace;
import io.retort.runtime.config.RetortConfig;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that works on the project the config file describes: it opens the {@link Workspace},
 * and {@link #run} calls one method of {@link io.retort.autogen.command.Commands} on the
 * {@link Project} of each selected database and prints what it returns. Failures are thrown
 * ({@link io.retort.runtime.RetortException} for what the user can fix); {@link Main} turns them
 * into the {@code FAILED:} line and the exit code.
 *
 * <p>With a multi-database config ({@code databases = ...}), {@code --db NAME} picks the database.
 * Without it, a command that {@link #runsOnEachDatabase() runs on each database} runs once per
 * database, in the order the config lists them, each line of its output prefixed with
 * {@code [name] }; the others refuse (see {@link DatabaseSelection}).
 */
abstract class ProjectCommand implements Callable<Integer> {
  @ParentCommand
  private RetortCommand retort;

  @Spec
  private CommandSpec spec;

  private PrintStream out;

  @Override
  public final Integer call() throws Exception {
    Workspace workspace = retort.workspace();
    DatabaseSelection selection = workspace.select(retort.database(), runsOnEachDatabase(), usage());
    int exit = 0;
    for (RetortConfig database : selection.databases()) {
      out = selection.prefixed() ? LinePrefixStream.wrap(retort.invocation().out(), "[" + database.database() + "] ")
          : retort.invocation().out();
      try (Project project = workspace.open(database)) {
        exit = Math.max(exit, run(project));
      } catch (RuntimeException e) {
        throw selection.prefixed() ? Workspace.naming(database.database(), e) : e;
      } finally {
        out.flush();
      }
    }
    out = retort.invocation().out();
    return finish(exit);
  }

  /** Does the command's work on one database; returns the exit code (0 for success). */
  protected abstract int run(Project project) throws Exception;

  /**
   * Whether the command, given no {@code --db} on a multi-database config, runs on every database
   * in turn; otherwise it needs {@code --db}. False unless overridden.
   */
  protected boolean runsOnEachDatabase() {
    return false;
  }

  /** The command as the user typed it, for messages: its name, and the options that matter to {@link #runsOnEachDatabase}. */
  protected String usage() {
    return spec.name();
  }

  /**
   * Called once after {@link #run} has run on every selected database, with the largest exit code
   * they returned; returns the command's exit code. Here to report once for all databases.
   */
  protected int finish(int exit) {
    return exit;
  }

  /** Standard output; while running on one database of several, each line starts with {@code [name] }. */
  protected PrintStream out() {
    return out == null ? retort.invocation().out() : out;
  }

  /** What a SIGINT or SIGTERM stops; see {@link Interrupts#whileRunning}. */
  protected Interrupts interrupts() {
    return retort.invocation().interrupts();
  }

  protected PrintStream err() {
    return retort.invocation().err();
  }

  /** Prints each line to {@link #out()}. */
  protected void print(List<String> lines) {
    lines.forEach(out()::println);
  }
}
