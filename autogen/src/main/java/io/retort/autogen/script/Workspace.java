package io.retort.autogen.script;

import io.retort.autogen.Timings;
import io.retort.runtime.RetortException;
import io.retort.runtime.config.RetortConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A config file and the project it describes, before a database is picked: what every face opens
 * first. {@link #select} picks the databases a command runs on ({@link DatabaseSelection}), and
 * {@link #open} gives the {@link Project} of each; they share one {@link ProjectClasspath}, so
 * Maven runs at most once per command.
 */
public final class Workspace {
  private final RetortConfig config;
  private final ProjectClasspath classpath;

  private Workspace(RetortConfig config, ProjectClasspath classpath) {
    this.config = config;
    this.classpath = classpath;
  }

  /**
   * A loaded config, and the classpath a build tool gives (the Maven plugin). The Spring Boot
   * project's configuration, if any, fills in what the config leaves out ({@link SpringBootSettings}).
   */
  public static Workspace of(RetortConfig config, ProjectClasspath classpath) {
    return new Workspace(SpringBootSettings.apply(config), classpath);
  }

  /**
   * Reads and checks {@code configFile}, with what a Spring Boot project's configuration adds
   * ({@link SpringBootSettings}); the project's classpath is {@code classpathOption}
   * ({@code --classpath}, relative to {@code workingDirectory}) when given, else found next to the
   * config file ({@link ProjectClasspath#discover}).
   */
  public static Workspace load(Path configFile, Map<String, String> environment, String classpathOption, Path workingDirectory) {
    RetortConfig config = Timings.time("config",
        () -> SpringBootSettings.apply(RetortConfig.load(configFile, environment)));
    ProjectClasspath classpath = classpathOption != null ? ProjectClasspath.parse(classpathOption, workingDirectory)
        : ProjectClasspath.discover(config.baseDirectory(), environment, versionsFolders(config));
    return new Workspace(config, classpath);
  }

  /** The versions folders the config names (one per database), those that are set. */
  private static List<Path> versionsFolders(RetortConfig config) {
    List<Path> folders = new ArrayList<>();
    List<RetortConfig> databases = new ArrayList<>();
    if (config.isMultiDatabase()) {
      config.databaseNames().forEach(name -> databases.add(config.forDatabase(name)));
    } else {
      databases.add(config);
    }
    for (RetortConfig database : databases) {
      String location = database.get("script_location");
      if (location != null && !location.isBlank()) {
        folders.add(database.scriptLocation());
      }
    }
    return folders;
  }

  public RetortConfig config() {
    return config;
  }

  /**
   * The databases a command runs on.
   *
   * @param database the database asked for ({@code --db}, {@code -Dretort.db}), or null
   * @param eachAllowed whether the command may run on every database in turn when none is asked for
   * @param usage the command as typed, for the message that asks for a database
   */
  public DatabaseSelection select(String database, boolean eachAllowed, String usage) {
    return DatabaseSelection.of(config, database, eachAllowed, usage);
  }

  /** The project of one selected database; close it when done. */
  public Project open(RetortConfig database) {
    return Project.open(database, classpath);
  }

  /**
   * A failure on one database of several, its message starting with {@code [name] }; other failures as they are.
   */
  public static RuntimeException naming(String database, RuntimeException failure) {
    if (database == null) {
      return failure;
    }
    String message = failure instanceof RetortException ? failure.getMessage()
        : failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    return new RetortException("[" + database + "] " + message, failure);
  }
}
