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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code retort.properties}: where revisions live, which entities to compare, which database.
 * Unknown keys are refused (with the nearest known key as a suggestion), so a typo never silently
 * falls back to a default. {@code DATABASE_URL} in the environment wins over {@code url=}.
 */
public final class RetortConfig {
  public static final String FILE_NAME = "retort.properties";

  /** Every key Retort reads, besides {@code hibernate.*} and {@code naming_convention.*}. */
  public static final Set<String> KEYS = Set.of("script_location", "migrations_package", "entity_packages", "url", "user",
      "password", "version_table", "file_template", "compare_type", "compare_server_default", "include_tables",
      "exclude_tables", "transaction_per_migration", "lock_timeout_seconds", "hook", "revision_header");

  private static final Set<String> NAMING_KEYS = Set.of("ix", "uq", "ck", "fk");

  private final Path baseDirectory;
  private final Map<String, String> values;
  private final Map<String, String> environment;

  private RetortConfig(Path baseDirectory, Map<String, String> values, Map<String, String> environment) {
    this.baseDirectory = baseDirectory;
    this.values = values;
    this.environment = environment;
  }

  /** Reads and checks a config file; relative paths in it are relative to its directory. */
  public static RetortConfig load(Path file, Map<String, String> environment) {
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
    return of(file.toAbsolutePath().getParent(), values, environment, file.toString());
  }

  /** A config from values, checked the same way as a file (for the programmatic API and tests). */
  public static RetortConfig of(Path baseDirectory, Map<String, String> values, Map<String, String> environment, String origin) {
    for (String key : values.keySet()) {
      checkKey(key, origin);
    }
    RetortConfig config = new RetortConfig(baseDirectory, Map.copyOf(values), Map.copyOf(environment));
    config.settings(); // validates numbers and booleans now, not halfway through a command
    return config;
  }

  private static void checkKey(String key, String origin) {
    if (KEYS.contains(key) || key.startsWith("hibernate.")) {
      return;
    }
    if (key.startsWith("naming_convention.") && NAMING_KEYS.contains(key.substring("naming_convention.".length()))) {
      return;
    }
    String suggestion = nearest(key);
    throw new RetortException("Unknown key '" + key + "' in " + origin
        + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
        + " (known keys: " + String.join(", ", new TreeMap<>(toMap(KEYS)).keySet()) + ", naming_convention.ix/uq/ck/fk, hibernate.*)");
  }

  private static Map<String, String> toMap(Set<String> keys) {
    Map<String, String> map = new LinkedHashMap<>();
    keys.forEach(k -> map.put(k, k));
    return map;
  }

  private static String nearest(String key) {
    return KEYS.stream().filter(k -> distance(k, key) <= Math.max(2, key.length() / 4))
        .min(Comparator.comparingInt((String k) -> distance(k, key)).thenComparing(k -> k)).orElse(null);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  public Path baseDirectory() {
    return baseDirectory;
  }

  public String get(String key) {
    return values.get(key);
  }

  public String require(String key) {
    String value = values.get(key);
    if (value == null || value.isEmpty()) {
      throw new RetortException("'" + key + "' is not set in " + FILE_NAME);
    }
    return value;
  }

  /** The database URL: {@code DATABASE_URL} from the environment, else {@code url=}. */
  public String url() {
    String fromEnvironment = environment.get("DATABASE_URL");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment.trim();
    }
    String url = values.get("url");
    if (url == null || url.isEmpty()) {
      throw new RetortException("No database URL: set DATABASE_URL (a JDBC URL) or url= in " + FILE_NAME);
    }
    return url;
  }

  /**
   * The user: {@code DATABASE_USER}, else {@code user=} unless the URL came from {@code DATABASE_URL}
   * (whose credentials are its own: in the URL or in {@code DATABASE_USER}/{@code DATABASE_PASSWORD}).
   */
  public String user() {
    if (environment.containsKey("DATABASE_USER")) {
      return environment.get("DATABASE_USER");
    }
    return urlFromEnvironment() ? null : values.get("user");
  }

  public String password() {
    if (environment.containsKey("DATABASE_PASSWORD")) {
      return environment.get("DATABASE_PASSWORD");
    }
    if (urlFromEnvironment()) {
      return null;
    }
    return values.getOrDefault("password", user() == null ? null : "");
  }

  private boolean urlFromEnvironment() {
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

  public String fileTemplate() {
    return values.get("file_template");
  }

  /** The class name of an {@code io.retort...RetortHook} implementation, or null. */
  public String hook() {
    return values.get("hook");
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
      default -> throw new RetortException("'" + key + "' in " + FILE_NAME + " must be true or false, not '" + value + "'");
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
      throw new RetortException("'" + key + "' in " + FILE_NAME + " must be a whole number, not '" + value + "'");
    }
  }
}
