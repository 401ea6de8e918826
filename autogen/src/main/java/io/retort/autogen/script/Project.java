package io.retort.autogen.script;

import io.retort.autogen.Timings;
import io.retort.runtime.RetortException;
import io.retort.runtime.api.Migration;
import io.retort.runtime.api.RetortHook;
import io.retort.runtime.config.DatabaseUrl;
import io.retort.runtime.config.RetortConfig;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.RevisionScanner;
import io.retort.runtime.graph.TargetResolver;
import io.retort.runtime.migrate.ConnectionSource;
import io.retort.runtime.migrate.Migrator;
import io.retort.runtime.migrate.OfflineScript;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One project (one database of it, for a multi-database config), loaded step by step and only as
 * far as a command needs: the config; the project's classpath ({@link ProjectClasspath}: given by
 * the build, {@code --classpath}, Maven, or {@code target/classes}); the versions folder compiled into {@code target/retort-classes}; a class
 * loader over both (whose parent is the CLI's own loader, so {@code io.retort.runtime} classes are
 * shared); the revision graph; and the database side (dialect, connections, {@link Migrator},
 * {@link OfflineScript}). Every step runs at most once per command. Close it to release the class loaders.
 *
 * <p>The graph is read from the compiled versions folder alone, so a revision deleted from the
 * sources is gone even while an old class of it lingers in {@code target/classes}. When the project
 * has no versions folder (a packaged application run with {@code --classpath app.jar}), the
 * revisions are found on the project classpath instead.
 */
public final class Project implements AutoCloseable {
  private final RetortConfig config;
  private final ProjectClasspath projectClasspathSource;

  private List<Path> projectClasspath;
  private List<Path> classpath;
  private URLClassLoader classLoader;
  private RevisionGraph graph;
  private Dialect dialect;
  private Migrator migrator;
  private Optional<RetortHook> hook;

  private Project(RetortConfig config, ProjectClasspath projectClasspath) {
    this.config = config;
    this.projectClasspathSource = projectClasspath;
  }

  /**
   * The project of one database's config; nothing is read until asked for.
   *
   * @param projectClasspath the project's classes and libraries; the databases of one project share one,
   *     so Maven runs at most once per command
   */
  public static Project open(RetortConfig config, ProjectClasspath projectClasspath) {
    return new Project(config, projectClasspath);
  }

  public RetortConfig config() {
    return config;
  }

  /**
   * The config the entities are mapped with: {@link #config()} with Spring Boot's default naming
   * strategies when Spring Boot's Hibernate support is on the project's classpath and neither
   * {@code retort.properties} nor the Spring configuration names a strategy
   * ({@link SpringBootSettings#namingDefaults}). The strategy classes load through
   * {@link #classLoader()}, which covers the project's classpath.
   */
  public RetortConfig mappingConfig() {
    return config.withDefaults(SpringBootSettings.namingDefaults(projectClasspath()));
  }

  /** The directory of the config file; relative paths in the config are relative to it. */
  public Path directory() {
    return config.baseDirectory();
  }

  /** The versions folder ({@code script_location}) new revision sources are written to. */
  public Path scriptLocation() {
    return config.scriptLocation();
  }

  public String migrationsPackage() {
    return config.migrationsPackage();
  }

  /**
   * The project's own classes and libraries, without the compiled revisions: what entity scanning
   * needs. Runs Maven the first time when the project is a Maven project and no {@code --classpath} was given.
   */
  public List<Path> projectClasspath() {
    if (projectClasspath == null) {
      projectClasspath = Timings.time("project classpath", projectClasspathSource::entries);
    }
    return projectClasspath;
  }

  /**
   * Everything the project's code runs with: the compiled revisions ({@code target/retort-classes},
   * compiled first when out of date) followed by {@link #projectClasspath()}.
   */
  public List<Path> classpath() {
    if (classpath == null) {
      List<Path> entries = new ArrayList<>();
      if (hasVersionsFolder()) {
        RevisionCompiler compiler = new RevisionCompiler(directory(), scriptLocation(), migrationsPackage());
        List<Path> compileClasspath = compileClasspath();
        Timings.time("compile revisions", () -> compiler.compileIfStale(compileClasspath));
        entries.add(compiler.outputDirectory());
      }
      entries.addAll(projectClasspath());
      classpath = List.copyOf(entries);
    }
    return classpath;
  }

  /** A loader over {@link #classpath()}; its parent is the CLI's loader. */
  public ClassLoader classLoader() {
    if (classLoader == null) {
      classLoader = loaderOver(classpath());
    }
    return classLoader;
  }

  /** The revision graph, scanned once from the annotations without running revision code. */
  public RevisionGraph graph() {
    if (graph == null) {
      if (hasVersionsFolder()) {
        List<Path> compiledRevisions = List.of(classpath().get(0));
        graph = Timings.time("revision graph", () -> RevisionScanner.scan(compiledRevisions, migrationsPackage()));
      } else {
        ClassLoader loader = classLoader();
        graph = Timings.time("revision graph", () -> RevisionScanner.scan(loader, migrationsPackage()));
      }
    }
    return graph;
  }

  public TargetResolver resolver() {
    return new TargetResolver(graph());
  }

  /** The dialect of the database URL ({@code DATABASE_URL} or {@code url=}). */
  public Dialect dialect() {
    if (dialect == null) {
      dialect = Dialects.forUrl(url());
    }
    return dialect;
  }

  /**
   * The database URL as JDBC: {@code DATABASE_URL}, else the hook's {@link RetortHook#databaseUrl()}
   * (which may also be in the {@code postgres://} or {@code mysql://} form), else {@code url=}.
   */
  public String url() {
    DatabaseUrl fromHook = hookUrl();
    return fromHook != null ? fromHook.jdbcUrl() : config.url();
  }

  /**
   * Connections with the credentials of where the URL came from: the environment's own when
   * {@code DATABASE_URL} is set (the environment wins over everything), else the hook's, else the
   * config's.
   */
  public ConnectionSource connections() {
    if (config.urlFromEnvironment()) {
      return ConnectionSource.of(url(), config.user(), config.password());
    }
    DatabaseUrl fromHook = hookUrl();
    String user = hook().map(RetortHook::databaseUser).orElse(fromHook == null ? null : fromHook.user());
    String password = hook().map(RetortHook::databasePassword).orElse(fromHook == null ? null : fromHook.password());
    return ConnectionSource.of(url(), user != null ? user : config.user(), password != null ? password : config.password());
  }

  /** The hook's database URL, parsed; null without a hook, without a URL from it, or when DATABASE_URL wins. */
  private DatabaseUrl hookUrl() {
    if (config.urlFromEnvironment()) {
      return null;
    }
    String url = hook().map(RetortHook::databaseUrl).orElse(null);
    return url == null ? null : DatabaseUrl.parse(url, "the hook " + config.hookClass());
  }

  /**
   * The project's {@link RetortHook} ({@code hook=} in the config), loaded from its classpath once;
   * empty without one.
   */
  public Optional<RetortHook> hook() {
    if (hook == null) {
      hook = Optional.ofNullable(config.hookClass()).map(this::loadHook);
    }
    return hook;
  }

  private RetortHook loadHook(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, true, classLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new RetortException("hook = " + className + " in " + RetortConfig.FILE_NAME + ": no such class on the project's "
          + "classpath; build the project, or fix the class name");
    }
    if (!RetortHook.class.isAssignableFrom(type)) {
      throw new RetortException("hook = " + className + " in " + RetortConfig.FILE_NAME + " does not implement "
          + RetortHook.class.getName());
    }
    try {
      return (RetortHook) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) {
      Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
      throw new RetortException("hook = " + className + " in " + RetortConfig.FILE_NAME + " cannot be created (it needs a "
          + "public no-argument constructor): " + cause, cause);
    }
  }

  /** Runs revisions against the database; set a listener to hear about each revision. */
  public Migrator migrator() {
    if (migrator == null) {
      migrator = new Migrator(connections(), dialect(), graph(), classLoader(), config.settings());
    }
    return migrator;
  }

  /** Writes upgrade and downgrade scripts without connecting ({@code --sql}). */
  public OfflineScript offlineScript() {
    return new OfflineScript(dialect(), graph(), classLoader(), config.settings());
  }

  /** The heads the database is at (connects); empty at base. */
  public List<String> currentHeads() {
    Migrator migrator = migrator();
    return Timings.time("read version table", migrator::current);
  }

  /**
   * Where a revision lives, for people: its source file in the versions folder when there is one,
   * else the location of its class.
   */
  public String locationOf(RevisionInfo revision) {
    String packagePrefix = migrationsPackage() + ".";
    if (revision.className().startsWith(packagePrefix)) {
      String relative = revision.className().substring(packagePrefix.length()).replace('.', File.separatorChar);
      Path source = scriptLocation().resolve(relative + ".java");
      if (Files.isRegularFile(source)) {
        return source.toString();
      }
    }
    URL resource = classLoader().getResource(revision.className().replace('.', '/') + ".class");
    return resource == null ? revision.className() : resource.toString();
  }

  /**
   * Whether the project has a versions folder: {@code script_location} is set and is a folder. A
   * project whose migrations are Flyway's ({@code revision_format = flyway}) need not set it.
   */
  private boolean hasVersionsFolder() {
    String location = config.get("script_location");
    return location != null && !location.isBlank() && Files.isDirectory(scriptLocation());
  }

  /** The project classpath, the Retort runtime the revisions are written against, and the CLI's own classpath. */
  private List<Path> compileClasspath() {
    Set<Path> entries = new LinkedHashSet<>(projectClasspath());
    entries.add(runtimeLocation());
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry));
      }
    }
    return List.copyOf(entries);
  }

  private static Path runtimeLocation() {
    try {
      return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new RetortException("Cannot locate the Retort runtime classes to compile revisions against: " + e.getMessage(), e);
    }
  }

  private static URLClassLoader loaderOver(List<Path> entries) {
    URL[] urls = new URL[entries.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = entries.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new RetortException("Bad classpath entry " + entries.get(i) + ": " + e.getMessage(), e);
      }
    }
    return new URLClassLoader("retort-project", urls, Project.class.getClassLoader());
  }

  @Override
  public void close() throws IOException {
    if (classLoader != null) {
      classLoader.close();
    }
  }
}
