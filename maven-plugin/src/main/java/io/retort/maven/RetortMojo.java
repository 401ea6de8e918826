package io.retort.maven;

import io.retort.autogen.script.CompilationFailure;
import io.retort.autogen.script.DatabaseSelection;
import io.retort.autogen.script.Project;
import io.retort.autogen.script.ProjectClasspath;
import io.retort.autogen.Timings;
import io.retort.autogen.script.Workspace;
import io.retort.runtime.RetortException;
import io.retort.runtime.config.RetortConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the project's {@code retort.properties} with {@code <settings>} and
 * {@code -Dretort.KEY=VALUE} over it ({@code DATABASE_URL} still wins), the build's own classpath
 * (its compiled classes and dependencies; no nested Maven), the databases to run on, and turning
 * failures into a failed build with the command line's message. A goal is one call of
 * {@link io.retort.autogen.command.Commands} whose result it logs, line by line, as the command
 * line prints it ({@link io.retort.autogen.command.TextReport}).
 *
 * <p>In a multi-module build, modules without a {@code retort.properties} are skipped, so
 * {@code mvn retort:check} from the top runs where Retort is configured.
 */
abstract class RetortMojo extends AbstractMojo {
  /**
   * Goal parameters read from {@code -Dretort.*}; every other {@code -Dretort.KEY} is a config key.
   * {@code GoalParametersTest} checks that every {@code property = "retort.X"} of a goal is here.
   */
  static final Set<String> PARAMETERS = Set.of("config", "db", "skip", "message", "target", "sql", "revision", "range",
      "verbose", "indicateCurrent", "head", "splice", "branchLabel", "dependsOn", "revId", "renames", "noRenames", "revisions", "format", "undo",
      "autogenerate", "resume", "clear");

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /** The configuration file. */
  @Parameter(property = "retort.config", defaultValue = "${project.basedir}/retort.properties")
  private File config;

  /** Config keys over those of the file, e.g. {@code <url>jdbc:h2:./target/db</url>} or {@code <version_table>...}. */
  @Parameter
  private Map<String, String> settings;

  /** With several databases ({@code databases=} in the config): the one to work on ({@code --db}). */
  @Parameter(property = "retort.db")
  private String database;

  /** Skips the goal. */
  @Parameter(property = "retort.skip", defaultValue = "false")
  private boolean skip;

  private final List<String> prefixes = new ArrayList<>();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping Retort (retort.skip)");
      return;
    }
    Path configFile = config.toPath().toAbsolutePath().normalize();
    if (!Files.isRegularFile(configFile) && !configuredHere()) {
      getLog().info("No " + configFile.getFileName() + " in " + project.getBasedir() + ": nothing for Retort to do in "
          + project.getArtifactId());
      return;
    }
    Timings.started();
    try {
      Workspace workspace = Workspace.of(RetortConfig.load(configFile, overrides(), System.getenv()),
          ProjectClasspath.of(classpath()));
      DatabaseSelection selection = workspace.select(database, runsOnEachDatabase(), usage());
      for (RetortConfig selected : selection.databases()) {
        prefixes.add(0, selection.prefixed() ? "[" + selected.database() + "] " : "");
        try (Project opened = workspace.open(selected)) {
          run(opened);
        } catch (RuntimeException e) {
          throw selection.prefixed() ? Workspace.naming(selected.database(), e) : e;
        } finally {
          prefixes.remove(0);
        }
      }
      finish();
      Timings.report(System.err);
    } catch (RetortException e) {
      throw new MojoFailureException(describe(e), e);
    } catch (MojoFailureException e) {
      throw e;
    } catch (Exception e) {
      throw new MojoExecutionException(e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
  }

  /**
   * Whether the missing config file is a mistake: in the project the build was started in, unless
   * it is an aggregator, whose modules have their own.
   */
  private boolean configuredHere() {
    boolean root = project.getBasedir().equals(new File(session.getExecutionRootDirectory()));
    return root && !"pom".equals(project.getPackaging());
  }

  /** The message of a failure, with the compiler's errors under it when the project or a revision does not compile. */
  private static String describe(RetortException failure) {
    StringBuilder message = new StringBuilder(failure.getMessage());
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CompilationFailure compilation) {
        compilation.shownDiagnostics().forEach(line -> message.append(System.lineSeparator()).append("  ").append(line));
        break;
      }
    }
    return message.toString();
  }

  /** {@code <settings>}, then {@code -Dretort.KEY=VALUE} for every KEY that is not a goal parameter. */
  private Map<String, String> overrides() {
    Map<String, String> overrides = new TreeMap<>();
    if (settings != null) {
      settings.forEach((key, value) -> overrides.put(key.trim(), value == null ? "" : value.trim()));
    }
    session.getUserProperties().forEach((key, value) -> {
      String name = String.valueOf(key);
      if (name.startsWith("retort.") && !PARAMETERS.contains(name.substring("retort.".length()))) {
        overrides.put(name.substring("retort.".length()), String.valueOf(value).trim());
      }
    });
    return overrides;
  }

  /** The project's compiled classes and every dependency the build resolved for it (compile and runtime scopes). */
  private List<Path> classpath() throws DependencyResolutionRequiredException {
    Set<String> elements = new LinkedHashSet<>(project.getCompileClasspathElements());
    elements.addAll(project.getRuntimeClasspathElements());
    return elements.stream().map(Path::of).filter(Files::exists).toList();
  }

  /** Does the goal's work on one database. */
  protected abstract void run(Project project) throws MojoFailureException;

  /** Whether, with several databases and no {@code -Dretort.db}, the goal runs on each in turn. */
  protected boolean runsOnEachDatabase() {
    return false;
  }

  /** The goal as typed, for messages. */
  protected abstract String usage();

  /** Called once after every database ran. */
  protected void finish() throws MojoFailureException {
  }

  /** Logs lines as the command line prints them (prefixed with {@code [name] } for one database of several). */
  protected void print(List<String> lines) {
    String prefix = prefixes.isEmpty() ? "" : prefixes.get(0);
    lines.forEach(line -> getLog().info(prefix + line));
  }

  /** Logs one line. */
  protected void print(String line) {
    print(List.of(line));
  }
}
