package io.retort.runtime.config;

import io.retort.runtime.RetortException;
import io.retort.runtime.api.NamingConvention;
import io.retort.runtime.migrate.MigrationSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code retort.properties}: where revisions live, which entities to compare, which database.
 * Unknown keys are refused (with the nearest known key as a suggestion), so a typo never silently
 * falls back to a default. {@code DATABASE_URL} in the environment wins over {@code url=}; either may
 * be a JDBC URL or a URL as hosting platforms write it ({@code postgres://USER:PASSWORD@HOST/DATABASE},
 * {@code mysql://...}; see {@link DatabaseUrl}).
 *
 * <p><b>Several databases.</b> {@code databases = main, analytics} declares databases that each have
 * their own revisions: a key prefixed with a declared name ({@code main.url},
 * {@code main.migrations_package}, {@code main.script_location}, {@code main.entity_packages},
 * {@code main.hibernate.*}, ...) is that database's, and an unprefixed key is the default they share.
 * {@link #forDatabase} gives one database's view, an ordinary single-database config in which
 * {@code DATABASE_URL_MAIN}, {@code DATABASE_USER_MAIN} and {@code DATABASE_PASSWORD_MAIN} play the
 * part of {@code DATABASE_URL}, {@code DATABASE_USER} and {@code DATABASE_PASSWORD} (which such a
 * config does not read, so that one variable cannot point every database at the same place).
 * Each database needs its own {@code migrations_package} and {@code script_location}. The file's
 * own config (the one {@link #load} returns) refuses to name a database or a versions folder: pick
 * one first.
 */
public final class RetortConfig {
  public static final String FILE_NAME = "retort.properties";

  /** Every key Retort reads, besides {@code hibernate.*}, {@code naming_convention.*} and per-database keys. */
  public static final Set<String> KEYS = Set.of("script_location", "migrations_package", "entity_packages", "url", "user",
      "password", "version_table", "file_template", "compare_type", "compare_server_default", "include_tables",
      "exclude_tables", "transaction_per_migration", "lock_timeout_seconds", "revision_header", "hook",
      "revision_format", "flyway_locations", "flyway_table", "spring_config", "spring_profiles", ConfigKeys.DATABASES);

  /** Where Flyway finds SQL migrations in a Maven or Gradle project ({@code classpath:db/migration}). */
  public static final String DEFAULT_FLYWAY_LOCATION = "src/main/resources/db/migration";

  /** Flyway's history table unless {@code flyway_table} says otherwise. */
  public static final String DEFAULT_FLYWAY_TABLE = "flyway_schema_history";

  private static final List<String> ENVIRONMENT_CREDENTIALS = List.of("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD");

  private final Path baseDirectory;
  /** Every key of the file, as written. */
  private final Map<String, String> fileValues;
  private final Map<String, String> fileEnvironment;
  private final List<String> databases;
  /** The database this config is the view of, or null for the file's own config. */
  private final String database;
  /** The values this config reads: the file's, or for a database the shared ones overlaid with its own. */
  private final Map<String, String> values;
  private final Map<String, String> environment;
  /** For a database: the keys it sets itself (with its prefix), to name them right in messages. */
  private final Set<String> ownKeys;

  private RetortConfig(Path baseDirectory, Map<String, String> fileValues, Map<String, String> fileEnvironment,
      List<String> databases, String database, Map<String, String> values, Map<String, String> environment, Set<String> ownKeys) {
    this.baseDirectory = baseDirectory;
    this.fileValues = fileValues;
    this.fileEnvironment = fileEnvironment;
    this.databases = databases;
    this.database = database;
    this.values = values;
    this.environment = environment;
    this.ownKeys = ownKeys;
  }

  /** Reads and checks a config file; relative paths in it are relative to its directory. */
  public static RetortConfig load(Path file, Map<String, String> environment) {
    return load(file, Map.of(), environment);
  }

  /**
   * Reads a config file with some keys set or replaced ({@code <settings>} and {@code -Dretort.KEY}
   * of the Maven plugin), and checks the result.
   */
  public static RetortConfig load(Path file, Map<String, String> overrides, Map<String, String> environment) {
    if (!Files.isRegularFile(file)) {
      throw new RetortException("No " + file.getFileName() + " in " + file.toAbsolutePath().getParent()
          + ": run the command from your project directory, pass --config FILE, or create one with 'retort init DIR'");
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new RetortException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> values = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> values.put(k.trim(), properties.getProperty(k).trim()));
    values.putAll(overrides);
    return of(file.toAbsolutePath().getParent(), values, environment, file.toString());
  }

  /** A config from values, checked the same way as a file (for the programmatic API and tests). */
  public static RetortConfig of(Path baseDirectory, Map<String, String> values, Map<String, String> environment, String origin) {
    List<String> databases = ConfigKeys.databaseNames(values.get(ConfigKeys.DATABASES), origin);
    for (String key : values.keySet()) {
      ConfigKeys.check(key, databases, origin);
    }
    Map<String, String> fileValues = Map.copyOf(values);
    Map<String, String> fileEnvironment = Map.copyOf(environment);
    RetortConfig config = new RetortConfig(baseDirectory, fileValues, fileEnvironment, databases, null, fileValues,
        fileEnvironment, Set.of());
    config.validate(); // numbers, booleans and patterns now, not halfway through a command
    List<RetortConfig> views = new ArrayList<>();
    for (String name : databases) {
      RetortConfig view = config.forDatabase(name);
      view.validate();
      views.add(view);
    }
    checkSeparateRevisions(views);
    return config;
  }

  private void validate() {
    settings();
    compareType();
    compareServerDefault();
    fileTemplate();
    migrationFormat();
    flywayLocations();
  }

  /** Two databases sharing a migrations package or versions folder would share their revisions. */
  private static void checkSeparateRevisions(List<RetortConfig> views) {
    for (int i = 0; i < views.size(); i++) {
      for (int j = i + 1; j < views.size(); j++) {
        RetortConfig a = views.get(i);
        RetortConfig b = views.get(j);
        String packageA = a.values.get("migrations_package");
        String packageB = b.values.get("migrations_package");
        if (packageA != null && packageB != null && !packageA.isEmpty() && !packageB.isEmpty() && (packageA.equals(packageB)
            || packageA.startsWith(packageB + ".") || packageB.startsWith(packageA + "."))) {
          throw sharedRevisions(a, b, "migrations_package", packageA, packageB);
        }
        String folderA = a.values.get("script_location");
        String folderB = b.values.get("script_location");
        if (folderA != null && folderB != null && !folderA.isEmpty() && !folderB.isEmpty()) {
          Path pathA = a.scriptLocation();
          Path pathB = b.scriptLocation();
          if (pathA.startsWith(pathB) || pathB.startsWith(pathA)) {
            throw sharedRevisions(a, b, "script_location", folderA, folderB);
          }
        }
      }
    }
  }

  private static RetortException sharedRevisions(RetortConfig a, RetortConfig b, String key, String valueA, String valueB) {
    String values = valueA.equals(valueB) ? "'" + valueA + "'" : "'" + valueA + "' and '" + valueB + "' (one inside the other)";
    return new RetortException("Databases '" + a.database + "' and '" + b.database + "' share " + key + " " + values
        + " in " + FILE_NAME + ", so they would share their revisions: give each its own, e.g. " + a.database + "." + key
        + " and " + b.database + "." + key + " side by side");
  }

  /**
   * The databases {@code databases=} declares, in the order written (what commands run through);
   * empty for a single-database config.
   */
  public List<String> databaseNames() {
    return databases;
  }

  /** Whether this is the file's own config of a file that declares several databases, so that one must be picked. */
  public boolean isMultiDatabase() {
    return database == null && !databases.isEmpty();
  }

  /** The database this config is the view of, or null when it is the file's own config. */
  public String database() {
    return database;
  }

  /**
   * One database of a multi-database file, as a plain config: its own keys over the shared ones,
   * and {@code DATABASE_URL_<NAME>} (with {@code _USER_}/{@code _PASSWORD_}) for the environment.
   *
   * @throws RetortException when the file declares no database of that name
   */
  public RetortConfig forDatabase(String name) {
    if (databases.isEmpty()) {
      throw new RetortException("Database '" + name + "' was asked for, but " + FILE_NAME + " declares no databases; "
          + "drop --db, or declare several with databases = NAME, ... (see 'retort init --template multidb')");
    }
    if (!databases.contains(name)) {
      throw new RetortException("Unknown database '" + name + "'; " + FILE_NAME + " declares " + String.join(", ", databases)
          + " (databases=)");
    }
    Map<String, String> own = new TreeMap<>();
    Map<String, String> view = new TreeMap<>();
    fileValues.forEach((key, value) -> {
      int dot = key.indexOf('.');
      String prefix = dot > 0 ? key.substring(0, dot) : null;
      if (prefix != null && databases.contains(prefix)) {
        if (prefix.equals(name)) {
          own.put(key.substring(dot + 1), value);
        }
      } else if (!key.equals(ConfigKeys.DATABASES)) {
        view.put(key, value);
      }
    });
    view.putAll(own);
    Map<String, String> env = new TreeMap<>(fileEnvironment);
    ENVIRONMENT_CREDENTIALS.forEach(env::remove);
    for (String variable : ENVIRONMENT_CREDENTIALS) {
      String value = fileEnvironment.get(variable + suffix(name));
      if (value != null) {
        env.put(variable, value);
      }
    }
    return new RetortConfig(baseDirectory, fileValues, fileEnvironment, databases, name, Map.copyOf(view), Map.copyOf(env),
        Set.copyOf(own.keySet()));
  }

  private static String suffix(String databaseName) {
    return "_" + databaseName.toUpperCase(Locale.ROOT);
  }

  /** An environment variable as this config reads it: {@code DATABASE_URL}, or {@code DATABASE_URL_MAIN} for database main. */
  private String variable(String name) {
    return database == null ? name : name + suffix(database);
  }

  /** A key as the user wrote it (or would): {@code url}, or {@code main.url} for database main's own value. */
  private String keyName(String key) {
    return database != null && ownKeys.contains(key) ? database + "." + key : key;
  }

  private void requireOneDatabase() {
    if (isMultiDatabase()) {
      throw new RetortException(FILE_NAME + " declares databases " + String.join(", ", databases)
          + ": choose one with --db NAME (RetortConfig.forDatabase(name) in code)");
    }
  }

  /**
   * This config with {@code defaults} for the keys it does not set itself (values read from elsewhere,
   * such as a Spring Boot {@code application.properties}): a key the config sets, even empty, wins.
   * For the file's own config of several databases, the defaults are shared ones, under each
   * database's own keys.
   */
  public RetortConfig withDefaults(Map<String, String> defaults) {
    if (defaults.isEmpty()) {
      return this;
    }
    Map<String, String> merged = new TreeMap<>(defaults);
    merged.putAll(values);
    if (database == null) {
      return new RetortConfig(baseDirectory, Map.copyOf(merged), fileEnvironment, databases, null, Map.copyOf(merged),
          environment, ownKeys);
    }
    return new RetortConfig(baseDirectory, fileValues, fileEnvironment, databases, database, Map.copyOf(merged), environment,
        ownKeys);
  }

  /** The environment this config reads ({@code DATABASE_URL}, ...). */
  public Map<String, String> environment() {
    return environment;
  }

  public Path baseDirectory() {
    return baseDirectory;
  }

  public String get(String key) {
    return values.get(key);
  }

  public String require(String key) {
    requireOneDatabase();
    String value = values.get(key);
    if (value == null || value.isEmpty()) {
      throw new RetortException((database == null ? "'" + key + "'" : "Neither '" + database + "." + key + "' nor '" + key + "'")
          + " is set in " + FILE_NAME);
    }
    return value;
  }

  /**
   * The database URL, as JDBC: {@code DATABASE_URL} from the environment, else {@code url=} (for one
   * database of several: {@code DATABASE_URL_<NAME>}, else its {@code url}). Either may also be written
   * as hosting platforms give it ({@code postgres://USER:PASSWORD@HOST:PORT/DATABASE}, ...; see
   * {@link DatabaseUrl}): the JDBC URL is then without the user and password, which {@link #user()} and
   * {@link #password()} give.
   *
   * @throws RetortException when there is none, or it is not a URL Retort can read
   */
  public String url() {
    requireOneDatabase();
    DatabaseUrl url = databaseUrl();
    if (url == null) {
      throw new RetortException("No database URL" + (database == null ? "" : " for database '" + database + "'") + ": set "
          + variable("DATABASE_URL") + " (a JDBC URL, or postgres://USER:PASSWORD@HOST:PORT/DATABASE, mysql://..."
          + " as hosting platforms give it) or " + (database == null ? "url" : database + ".url") + "= in " + FILE_NAME);
    }
    return url.jdbcUrl();
  }

  /** {@code DATABASE_URL}, else {@code url=}, converted to JDBC; null when neither is set. */
  private DatabaseUrl databaseUrl() {
    if (urlFromEnvironment()) {
      return DatabaseUrl.parse(environment.get("DATABASE_URL"), variable("DATABASE_URL"));
    }
    String url = values.get("url");
    if (url == null || url.isEmpty()) {
      return null;
    }
    return DatabaseUrl.parse(url, "'" + keyName("url") + "' in " + FILE_NAME);
  }

  /**
   * The user, first found of: {@code DATABASE_USER}; when the URL came from {@code DATABASE_URL}, the
   * user in that URL, and nothing else (its credentials are its own: in the URL or in
   * {@code DATABASE_USER}/{@code DATABASE_PASSWORD}); else {@code user=} when not empty, then the user
   * in {@code url=}. For one database of several, the variables end in {@code _<NAME>}. Null leaves it
   * to the driver (and to a JDBC URL's own {@code user=} parameter).
   */
  public String user() {
    if (environment.containsKey("DATABASE_USER")) {
      return environment.get("DATABASE_USER");
    }
    if (urlFromEnvironment()) {
      return databaseUrl().user();
    }
    String user = values.get("user");
    if (user != null && !user.isEmpty()) {
      return user;
    }
    DatabaseUrl url = databaseUrl();
    return url != null && url.user() != null ? url.user() : user;
  }

  /**
   * The password, by the rule of {@link #user()}: {@code DATABASE_PASSWORD}; when the URL came from
   * {@code DATABASE_URL}, the password in that URL or null; else {@code password=} when not empty, then
   * the password in {@code url=}, then an empty {@code password=}, or an empty password when there is a
   * user.
   */
  public String password() {
    if (environment.containsKey("DATABASE_PASSWORD")) {
      return environment.get("DATABASE_PASSWORD");
    }
    if (urlFromEnvironment()) {
      return databaseUrl().password();
    }
    String password = values.get("password");
    if (password != null && !password.isEmpty()) {
      return password;
    }
    DatabaseUrl url = databaseUrl();
    if (url != null && url.password() != null) {
      return url.password();
    }
    return password != null ? password : user() == null ? null : "";
  }

  /**
   * The class name of the project's {@link io.retort.runtime.api.RetortHook} ({@code hook=}), or null.
   */
  public String hookClass() {
    String hook = values.get("hook");
    return hook == null || hook.isBlank() ? null : hook.trim();
  }

  /** Whether the URL comes from the environment ({@code DATABASE_URL}), which wins over everything else. */
  public boolean urlFromEnvironment() {
    String fromEnvironment = environment.get("DATABASE_URL");
    return fromEnvironment != null && !fromEnvironment.isBlank();
  }

  public String migrationsPackage() {
    return require("migrations_package");
  }

  /** The folder new revision sources go to. */
  public Path scriptLocation() {
    return baseDirectory.resolve(require("script_location")).normalize();
  }

  public List<String> entityPackages() {
    return list("entity_packages");
  }

  public List<String> includeTables() {
    return list("include_tables");
  }

  public List<String> excludeTables() {
    return list("exclude_tables");
  }

  public String versionTable() {
    return values.getOrDefault("version_table", MigrationSettings.DEFAULT_VERSION_TABLE);
  }

  public boolean compareType() {
    return bool("compare_type", true);
  }

  public boolean compareServerDefault() {
    return bool("compare_server_default", false);
  }

  /** The pattern of new revision class names ({@code file_template}, default {@value FileTemplate#DEFAULT_PATTERN}). */
  public FileTemplate fileTemplate() {
    String pattern = values.get("file_template");
    if (pattern == null || pattern.isEmpty()) {
      return FileTemplate.DEFAULT;
    }
    try {
      return FileTemplate.parse(pattern);
    } catch (IllegalArgumentException e) {
      throw new RetortException("'" + keyName("file_template") + "' in " + FILE_NAME + " is not a valid revision name pattern: "
          + e.getMessage() + " (it is '" + pattern + "')");
    }
  }

  /**
   * The text file that is the header (Javadoc) template of new revisions ({@code revision_header},
   * relative to the config file's directory), or null for the built-in header. Whether it exists is
   * checked when a revision is written.
   */
  public Path revisionHeader() {
    String path = values.get("revision_header");
    return path == null || path.isEmpty() ? null : baseDirectory.resolve(path).normalize();
  }

  /**
   * What {@code revision --autogenerate} writes ({@code revision_format}, default {@code retort}):
   * Retort's Java revisions, or Flyway's SQL migrations ({@code flyway}).
   */
  public MigrationFormat migrationFormat() {
    String value = values.get("revision_format");
    if (value == null || value.isEmpty()) {
      return MigrationFormat.RETORT;
    }
    return MigrationFormat.parse(value, "'" + keyName("revision_format") + "' in " + FILE_NAME);
  }

  /**
   * Flyway's locations ({@code flyway_locations}, comma-separated, default
   * {@value #DEFAULT_FLYWAY_LOCATION}), as folders relative to the config file's directory. As in
   * Flyway's own configuration, a location may be written {@code filesystem:PATH}, or
   * {@code classpath:PATH}, which is read as {@code src/main/resources/PATH}. New migrations are
   * written to the first.
   */
  public List<Path> flywayLocations() {
    List<String> written = list("flyway_locations");
    if (written.isEmpty()) {
      written = List.of(DEFAULT_FLYWAY_LOCATION);
    }
    List<Path> folders = new ArrayList<>();
    for (String location : written) {
      String path;
      if (location.startsWith("filesystem:")) {
        path = location.substring("filesystem:".length());
      } else if (location.startsWith("classpath:")) {
        path = "src/main/resources/" + location.substring("classpath:".length()).replaceFirst("^/+", "");
      } else if (location.matches("[a-z][a-z0-9]+:.*")) {
        throw new RetortException("'" + keyName("flyway_locations") + "' in " + FILE_NAME + " names the location '" + location
            + "', which Retort cannot write to: give a folder (PATH, filesystem:PATH or classpath:PATH)");
      } else {
        path = location;
      }
      if (path.isBlank()) {
        throw new RetortException("'" + keyName("flyway_locations") + "' in " + FILE_NAME + " has the empty location '" + location
            + "'; give a folder");
      }
      folders.add(baseDirectory.resolve(path.trim()).normalize());
    }
    return List.copyOf(folders);
  }

  /** Flyway's history table ({@code flyway_table}, default {@value #DEFAULT_FLYWAY_TABLE}). */
  public String flywayTable() {
    String table = values.get("flyway_table");
    return table == null || table.isEmpty() ? DEFAULT_FLYWAY_TABLE : table;
  }

  /** Every {@code hibernate.*} key, as written, for Hibernate's boot. */
  public Map<String, String> hibernateSettings() {
    Map<String, String> settings = new TreeMap<>();
    values.forEach((k, v) -> {
      if (k.startsWith("hibernate.")) {
        settings.put(k, v);
      }
    });
    return settings;
  }

  public MigrationSettings settings() {
    Map<String, String> naming = new TreeMap<>();
    values.forEach((k, v) -> {
      if (k.startsWith("naming_convention.")) {
        naming.put(k.substring("naming_convention.".length()), v);
      }
    });
    return new MigrationSettings(versionTable(), bool("transaction_per_migration", false),
        integer("lock_timeout_seconds", 60), NamingConvention.fromTemplates(naming));
  }

  private List<String> list(String key) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
    return items;
  }

  private boolean bool(String key, boolean fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    return switch (value.toLowerCase()) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new RetortException("'" + keyName(key) + "' in " + FILE_NAME + " must be true or false, not '" + value + "'");
    };
  }

  private int integer(String key, int fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new RetortException("'" + keyName(key) + "' in " + FILE_NAME + " must be a whole number, not '" + value + "'");
    }
  }
}
