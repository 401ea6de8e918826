package io.retort.autogen.script;

import io.retort.runtime.RetortException;
import io.retort.runtime.config.RetortConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a Spring Boot project's own configuration tells Retort, so that {@code retort.properties}
 * holds only Retort's keys: the database ({@code spring.datasource.url}, {@code username},
 * {@code password}), the Hibernate settings ({@code spring.jpa.properties.hibernate.*}) and the naming
 * strategies ({@code spring.jpa.hibernate.naming.physical-strategy} / {@code implicit-strategy}), read
 * from {@code src/main/resources/application.properties} / {@code .yaml} / {@code .yml} (or where
 * {@code spring_config} points) with the profiles of {@code SPRING_PROFILES_ACTIVE}, else
 * {@code spring_profiles}, else the file's {@code spring.profiles.active}.
 *
 * <p>Precedence, as Spring has it where it can: {@code application.properties} over
 * {@code application.yaml}; a profile's {@code application-<profile>} file over the base file, a later
 * profile over an earlier one; within a YAML file a later document over an earlier one, a document
 * with {@code spring.config.activate.on-profile} counting only when one of its profiles is active.
 * Values may hold {@code ${NAME:default}} placeholders, resolved from the Spring properties, then the
 * environment ({@code NAME}, or {@code NAME} upper-cased with {@code .} and {@code -} as {@code _}).
 * Against Retort's own settings, they are only defaults: {@code retort.properties}' {@code url}
 * (with its {@code user}/{@code password}) and {@code hibernate.*} keys win, and {@code DATABASE_URL}
 * wins over both.
 *
 * <p>Spring Boot's default naming strategies ({@code CamelCaseToUnderscoresNamingStrategy},
 * {@code SpringImplicitNamingStrategy}) are applied by {@link #namingDefaults} when Spring Boot's
 * Hibernate support is on the project's classpath, whether or not there is an application file.
 */
public final class SpringBootSettings {
  public static final String PHYSICAL_NAMING = "hibernate.physical_naming_strategy";
  public static final String IMPLICIT_NAMING = "hibernate.implicit_naming_strategy";
  public static final String SPRING_PHYSICAL_DEFAULT = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
  /** Spring Boot 4's implicit naming strategy, in spring-boot-hibernate. */
  public static final String SPRING_4_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
  /** Spring Boot 2.x and 3.x's, in spring-boot. */
  public static final String SPRING_3_IMPLICIT = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
  /** Spring Boot 3's Hibernate JPA auto-configuration, in spring-boot-autoconfigure: Boot 3's JPA support. */
  static final String SPRING_3_JPA_AUTOCONFIGURATION = "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration";

  private static final String DEFAULT_FOLDER = "src/main/resources";
  private static final String HIBERNATE_PROPERTIES = "spring.jpa.properties.";
  private static final int MAX_PLACEHOLDER_DEPTH = 16;

  /** The merged Spring properties, highest precedence applied. */
  private final Map<String, String> properties;
  private final Map<String, String> environment;
  /** The files read, in order of precedence (lowest first), for messages; empty when none. */
  private final List<Path> files;

  private SpringBootSettings(Map<String, String> properties, Map<String, String> environment, List<Path> files) {
    this.properties = properties;
    this.environment = environment;
    this.files = files;
  }

  /**
   * The config with what the Spring Boot project's configuration adds as defaults; the config as it is
   * when there is no Spring configuration or it declares several databases (Spring's
   * {@code spring.datasource} is one).
   */
  public static RetortConfig apply(RetortConfig config) {
    if (config.isMultiDatabase()) {
      return config;
    }
    SpringBootSettings spring = read(config.baseDirectory(), config.get("spring_config"), config.get("spring_profiles"),
        config.environment());
    Map<String, String> defaults = new TreeMap<>(spring.defaults());
    String url = config.get("url");
    if (url != null && !url.isBlank()) {
      // retort.properties names its own database: Spring's credentials are for another
      defaults.keySet().removeAll(List.of("url", "user", "password"));
    }
    return config.withDefaults(defaults);
  }

  /**
   * Reads the Spring configuration of the project in {@code baseDirectory}.
   *
   * @param location {@code spring_config}: a folder holding {@code application.*}, or one such file; null for
   *     {@code src/main/resources}
   * @param profiles {@code spring_profiles}, comma-separated, or null
   */
  public static SpringBootSettings read(Path baseDirectory, String location, String profiles, Map<String, String> environment) {
    Path folder;
    Path baseFile = null;
    if (location == null || location.isBlank()) {
      folder = baseDirectory.resolve(DEFAULT_FOLDER);
    } else {
      Path path = baseDirectory.resolve(location.trim()).normalize();
      if (Files.isRegularFile(path)) {
        folder = path.toAbsolutePath().getParent();
        baseFile = path;
      } else if (Files.isDirectory(path)) {
        folder = path;
      } else {
        throw new RetortException("spring_config = " + location + " in " + RetortConfig.FILE_NAME + ": " + path
            + " is neither a file nor a folder; point it at your application.properties or application.yaml, or its folder");
      }
    }
    List<Path> read = new ArrayList<>();
    // the base documents, unconditional ones first, to find spring.profiles.active
    List<Document> base = new ArrayList<>();
    for (Path file : baseFile != null ? List.of(baseFile) : List.of(folder.resolve("application.yml"),
        folder.resolve("application.yaml"), folder.resolve("application.properties"))) {
      if (Files.isRegularFile(file)) {
        base.addAll(documents(file));
        read.add(file);
      }
    }
    List<String> active = activeProfiles(environment, profiles, base);
    Map<String, String> merged = new LinkedHashMap<>();
    overlay(merged, base, active);
    String prefix = baseFile == null ? "application" : stem(baseFile);
    for (String profile : active) {
      for (String extension : List.of(".yml", ".yaml", ".properties")) {
        Path file = folder.resolve(prefix + "-" + profile + extension);
        if (Files.isRegularFile(file)) {
          overlay(merged, documents(file), active);
          read.add(file);
        }
      }
    }
    return new SpringBootSettings(Map.copyOf(merged), Map.copyOf(environment), List.copyOf(read));
  }

  /** The files read, lowest precedence first; empty when the project has no Spring configuration. */
  public List<Path> files() {
    return files;
  }

  /** A Spring property with its placeholders resolved, or null when not set. */
  public String property(String key) {
    String value = properties.get(key);
    return value == null ? null : resolve(key, value, 0);
  }

  /**
   * The {@code retort.properties} keys the Spring configuration gives: {@code url}, {@code user},
   * {@code password} from {@code spring.datasource.*}, {@code hibernate.*} from
   * {@code spring.jpa.properties.hibernate.*}, and the naming strategies.
   */
  public Map<String, String> defaults() {
    Map<String, String> defaults = new TreeMap<>();
    String url = datasource("url");
    if (url != null && !url.isBlank()) {
      defaults.put("url", url);
      String user = datasource("username");
      if (user != null) {
        defaults.put("user", user);
      }
      String password = datasource("password");
      if (password != null) {
        defaults.put("password", password);
      }
    }
    for (String key : properties.keySet()) {
      if (key.startsWith(HIBERNATE_PROPERTIES + "hibernate.")) {
        defaults.put(key.substring(HIBERNATE_PROPERTIES.length()), property(key));
      }
    }
    putIfSet(defaults, PHYSICAL_NAMING, property("spring.jpa.hibernate.naming.physical-strategy"));
    putIfSet(defaults, IMPLICIT_NAMING, property("spring.jpa.hibernate.naming.implicit-strategy"));
    return defaults;
  }

  /**
   * Spring Boot's default naming strategies, when its Hibernate JPA support is among {@code classpath}
   * (Boot 4: spring-boot-hibernate; Boot 3: spring-boot-autoconfigure's {@code HibernateJpaAutoConfiguration}
   * with spring-boot's {@code SpringImplicitNamingStrategy}); empty otherwise. Found by looking into
   * the entries, without loading Spring.
   */
  public static Map<String, String> namingDefaults(List<Path> classpath) {
    String implicit = null;
    if (hasClass(classpath, SPRING_4_IMPLICIT)) {
      implicit = SPRING_4_IMPLICIT;
    } else if (hasClass(classpath, SPRING_3_IMPLICIT) && hasClass(classpath, SPRING_3_JPA_AUTOCONFIGURATION)) {
      implicit = SPRING_3_IMPLICIT;
    }
    if (implicit == null) {
      return Map.of();
    }
    return Map.of(PHYSICAL_NAMING, SPRING_PHYSICAL_DEFAULT, IMPLICIT_NAMING, implicit);
  }

  /** Whether a class file of that name is in one of the directories or jars. */
  static boolean hasClass(List<Path> classpath, String className) {
    String entry = className.replace('.', '/') + ".class";
    for (Path path : classpath) {
      if (Files.isDirectory(path)) {
        if (Files.isRegularFile(path.resolve(entry))) {
          return true;
        }
      } else if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")) {
        try (ZipFile jar = new ZipFile(path.toFile())) {
          if (jar.getEntry(entry) != null) {
            return true;
          }
        } catch (IOException e) {
          // not a readable jar: it holds no class for us
        }
      }
    }
    return false;
  }

  private String datasource(String name) {
    String variable = "SPRING_DATASOURCE_" + name.toUpperCase(Locale.ROOT);
    String fromEnvironment = environment.get(variable);
    return fromEnvironment != null ? fromEnvironment : property("spring.datasource." + name);
  }

  private static void putIfSet(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value.trim());
    }
  }

  /** Replaces {@code ${NAME}} and {@code ${NAME:default}}, innermost first. */
  private String resolve(String key, String value, int depth) {
    if (depth > MAX_PLACEHOLDER_DEPTH) {
      throw new RetortException("The Spring property " + key + " (" + describeFiles() + ") has placeholders that refer to "
          + "each other in a circle");
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      int start = value.indexOf("${", i);
      if (start < 0) {
        out.append(value, i, value.length());
        break;
      }
      int end = closing(value, start + 2);
      if (end < 0) {
        out.append(value, i, value.length());
        break;
      }
      out.append(value, i, start);
      String inner = resolve(key, value.substring(start + 2, end), depth + 1);
      int colon = inner.indexOf(':');
      String name = colon < 0 ? inner : inner.substring(0, colon);
      String found = lookUp(name.trim());
      if (found != null) {
        out.append(resolve(key, found, depth + 1));
      } else if (colon >= 0) {
        out.append(inner.substring(colon + 1));
      } else {
        throw new RetortException("The Spring property " + key + " (" + describeFiles() + ") uses ${" + name
            + "}, which is set neither in the Spring configuration nor in the environment; set it, or give a default: ${"
            + name + ":VALUE}");
      }
      i = end + 1;
    }
    return out.toString();
  }

  /** The index of the brace closing a placeholder opened before {@code from}, counting nested ones; -1 if none. */
  private static int closing(String value, int from) {
    int depth = 1;
    for (int i = from; i < value.length(); i++) {
      if (value.startsWith("${", i)) {
        depth++;
        i++;
      } else if (value.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private String lookUp(String name) {
    if (properties.containsKey(name)) {
      return properties.get(name);
    }
    if (environment.containsKey(name)) {
      return environment.get(name);
    }
    return environment.get(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
  }

  private String describeFiles() {
    return files.isEmpty() ? "no file" : String.join(", ", files.stream().map(Path::toString).toList());
  }

  /** One document of a configuration file: its flattened properties and the profiles it is for (empty: always). */
  private record Document(Map<String, String> properties, List<String> onProfiles) {
    boolean appliesTo(List<String> active) {
      if (onProfiles.isEmpty()) {
        return true;
      }
      for (String profile : onProfiles) {
        boolean negated = profile.startsWith("!");
        String name = negated ? profile.substring(1).trim() : profile;
        if (active.contains(name) != negated) {
          return true;
        }
      }
      return false;
    }
  }

  private static void overlay(Map<String, String> merged, List<Document> documents, List<String> active) {
    for (Document document : documents) {
      if (document.appliesTo(active)) {
        merged.putAll(document.properties());
      }
    }
  }

  private static List<String> activeProfiles(Map<String, String> environment, String configured, List<Document> base) {
    String profiles = environment.get("SPRING_PROFILES_ACTIVE");
    if (profiles == null || profiles.isBlank()) {
      profiles = configured;
    }
    if (profiles == null || profiles.isBlank()) {
      for (Document document : base) {
        if (document.onProfiles().isEmpty() && document.properties().containsKey("spring.profiles.active")) {
          profiles = document.properties().get("spring.profiles.active");
        }
      }
    }
    return split(profiles);
  }

  private static List<String> split(String commaSeparated) {
    if (commaSeparated == null) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static List<Document> documents(Path file) {
    String name = file.getFileName().toString();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (name.endsWith(".properties")) {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k.trim(), properties.getProperty(k).trim()));
        return List.of(document(values));
      }
      List<Document> documents = new ArrayList<>();
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
      for (Object loaded : yaml.loadAll(reader)) {
        Map<String, String> values = new LinkedHashMap<>();
        if (loaded instanceof Map<?, ?> map) {
          flatten("", map, values);
        } else if (loaded != null) {
          throw new RetortException(file + " is not a Spring configuration: a YAML document of it is not a map of keys");
        }
        documents.add(document(values));
      }
      return documents;
    } catch (IOException e) {
      throw new RetortException("Cannot read " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e instanceof RetortException) {
        throw e;
      }
      throw new RetortException("Cannot read " + file + " as " + (name.endsWith(".properties") ? "properties" : "YAML") + ": "
          + e.getMessage(), e);
    }
  }

  private static Document document(Map<String, String> values) {
    String onProfile = values.get("spring.config.activate.on-profile");
    return new Document(values, split(onProfile));
  }

  /** Spring's flattening: nested keys joined with dots, list items as {@code [i]}, null as empty. */
  private static void flatten(String prefix, Object value, Map<String, String> out) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        if (key.startsWith("[") && key.endsWith("]")) {
          key = key.substring(1, key.length() - 1);
        }
        flatten(prefix.isEmpty() ? key : prefix + "." + key, entry.getValue(), out);
      }
    } else if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + "[" + i + "]", list.get(i), out);
        Object item = list.get(i);
        items.add(item == null ? "" : String.valueOf(item));
      }
      if (list.stream().noneMatch(item -> item instanceof Map || item instanceof List)) {
        out.put(prefix, String.join(",", items)); // so spring.config.activate.on-profile: [a, b] reads as a,b
      }
    } else {
      out.put(prefix, value == null ? "" : String.valueOf(value));
    }
  }
}
