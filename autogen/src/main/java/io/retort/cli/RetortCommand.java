package io.retort.cli;

import io.retort.runtime.config.RetortConfig;
import io.retort.autogen.script.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code retort} command: the global options every subcommand accepts (before or after the
 * subcommand's name) and the list of subcommands. A new command is one class registered in
 * {@code subcommands} below; commands that work on a project extend {@link ProjectCommand}.
 */
@Command(name = "retort", mixinStandardHelpOptions = true, versionProvider = RetortVersion.class,
    description = "Schema migrations for Java and JPA, the Alembic way.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
        InitCommand.class,
        ListTemplatesCommand.class,
        RevisionCommand.class,
        CheckCommand.class,
        UpgradeCommand.class,
        DowngradeCommand.class,
        CurrentCommand.class,
        HistoryCommand.class,
        HeadsCommand.class,
        BranchesCommand.class,
        ShowCommand.class,
        MergeCommand.class,
        StampCommand.class,
        ValidateCommand.class,
        RepairCommand.class,
    })
public final class RetortCommand implements Runnable {
  private final Invocation invocation;

  @Spec
  private CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "The configuration file (default: ./retort.properties).")
  private Path config;

  @Option(names = "--classpath", paramLabel = "CP", scope = ScopeType.INHERIT,
      description = "Directories and jars holding the project's compiled classes and libraries, separated by '${sys:path.separator}' "
          + "(default: compile the Maven project next to the config file, or use its target/classes).")
  private String classpath;

  @Option(names = "--db", paramLabel = "NAME", scope = ScopeType.INHERIT,
      description = "With several databases (databases= in the config): the one to work on. Without it, upgrade, downgrade, "
          + "current, check, stamp, validate and repair run on each database in turn.")
  private String database;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of a failure.")
  private boolean debug;

  public RetortCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  /** {@code retort} alone: say that a command is needed. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: try 'retort --help'");
  }

  public Invocation invocation() {
    return invocation;
  }

  /** The config file the command works with: {@code --config}, else {@code retort.properties} in the working directory. */
  public Path configFile() {
    return config == null ? invocation.workingDirectory().resolve(RetortConfig.FILE_NAME)
        : invocation.resolve(config);
  }

  /** {@code --classpath}, or null when not given. */
  public String classpath() {
    return classpath;
  }

  public boolean debug() {
    return debug;
  }

  /** {@code --db}, or null when not given. */
  public String database() {
    return database;
  }

  /**
   * The config file and its project, with the classpath from {@code --classpath} or found next to
   * the config file (Maven's, cached, or {@code target/classes}).
   */
  Workspace workspace() {
    return Workspace.load(configFile(), invocation.environment(), classpath, invocation.workingDirectory());
  }
}
