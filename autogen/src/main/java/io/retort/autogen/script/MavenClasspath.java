package io.retort.autogen.script;

import io.retort.runtime.RetortException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classpath of a Maven project as its build sees it, paid for once: the first time (and after
 * any pom of the project changed) it runs
 * {@code mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/retort.classpath -Dmdep.includeScope=runtime}
 * and keeps the answer in {@value #CACHE_FILE}, keyed by the content of the project's pom files (the
 * project's and those of the directories above it that are part of the build). Later commands read
 * the cache and run nothing, unless a source or resource of the project is newer than what
 * {@code target/classes} holds, in which case {@code mvn -B -q compile} brings it up to date. The
 * versions folders are left out of that check: Retort compiles revisions itself.
 * {@code MAVEN_CMD} (e.g. {@code "mvn -o"} or {@code ./mvnw}) replaces {@code mvn}.
 *
 * <p>When Maven fails to compile the project, the javac errors in its output become a
 * {@link CompilationFailure}, so the user sees file, line and message.
 */
final class MavenClasspath {
  static final String CLASSPATH_FILE = "target/retort.classpath";
  static final String CACHE_FILE = "target/retort/maven-classpath.txt";
  private static final String CACHE_VERSION = "retort-maven-classpath-1";
  private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  /** {@code [ERROR] /abs/path/File.java:[12,5] message} as maven-compiler-plugin prints a javac error. */
  private static final Pattern JAVAC_ERROR = Pattern.compile("^\\[ERROR\\]\\s+((?:[A-Za-z]:)?[/\\\\].*?\\.java):\\[(\\d+)(?:,\\d+)?\\]\\s*(.*)$");

  private final Path projectDirectory;
  private final Map<String, String> environment;
  private final List<Path> versionsFolders;

  /**
   * @param versionsFolders folders whose sources Retort compiles itself (the versions folders), left
   *     out of the check whether the project needs compiling
   */
  MavenClasspath(Path projectDirectory, Map<String, String> environment, List<Path> versionsFolders) {
    this.projectDirectory = projectDirectory;
    this.environment = environment;
    this.versionsFolders = List.copyOf(versionsFolders);
  }

  /** Whether the directory is a Maven project. */
  static boolean isMavenProject(Path directory) {
    return Files.isRegularFile(directory.resolve("pom.xml"));
  }

  /** {@code target/classes} followed by the runtime dependencies; runs Maven only when it must. */
  List<Path> resolve() {
    String key = cacheKey();
    List<Path> cached = readCache(key);
    if (cached != null) {
      if (new CompiledClasses(projectDirectory, versionsFolders).firstStale().isPresent()) {
        run(List.of("-B", "-q", "compile"));
      }
      return cached;
    }
    run(List.of("-B", "-q", "compile", "dependency:build-classpath",
        "-Dmdep.outputFile=" + CLASSPATH_FILE, "-Dmdep.includeScope=runtime"));
    List<Path> entries = readClasspathFile();
    writeCache(key, entries);
    return entries;
  }

  private List<Path> readClasspathFile() {
    Path classpathFile = projectDirectory.resolve(CLASSPATH_FILE);
    if (!Files.isRegularFile(classpathFile)) {
      throw new RetortException("Maven built the project in " + projectDirectory + " but wrote no " + CLASSPATH_FILE
          + "; pass --classpath with the project's compiled classes and libraries");
    }
    List<Path> entries = new ArrayList<>();
    entries.add(projectDirectory.resolve("target/classes"));
    try {
      String listed = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
      Arrays.stream(listed.split(File.pathSeparator)).map(String::trim).filter(s -> !s.isEmpty())
          .map(Path::of).forEach(entries::add);
    } catch (IOException e) {
      throw new RetortException("Cannot read " + classpathFile + ": " + e.getMessage(), e);
    }
    return entries;
  }

  // --- the cache ----------------------------------------------------------------------------

  /**
   * A digest of everything that decides the classpath: the Maven command, and every pom of the
   * build from the project's directory up (a parent or aggregator in a directory above counts, as
   * does {@code .mvn/maven.config}).
   */
  private String cacheKey() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      update(digest, CACHE_VERSION);
      update(digest, String.join(" ", mavenCommand()));
      for (Path directory = projectDirectory.toAbsolutePath(); directory != null && isMavenProject(directory);
          directory = directory.getParent()) {
        for (String name : List.of("pom.xml", ".mvn/maven.config", ".mvn/extensions.xml")) {
          Path file = directory.resolve(name);
          if (Files.isRegularFile(file)) {
            update(digest, file.toString());
            digest.update(Files.readAllBytes(file));
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new RetortException("Cannot read the pom files of " + projectDirectory + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  /** The cached entries when the cache is for this key and every entry still exists; else null. */
  private List<Path> readCache(String key) {
    Path cache = projectDirectory.resolve(CACHE_FILE);
    if (!Files.isRegularFile(cache)) {
      return null;
    }
    try {
      List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(key)) {
        return null;
      }
      List<Path> entries = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        Path entry = Path.of(line);
        if (!Files.exists(entry)) {
          return null;
        }
        entries.add(entry);
      }
      return entries;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Written aside and moved into place, so a command running at the same time never reads half a cache. */
  private void writeCache(String key, List<Path> entries) {
    Path cache = projectDirectory.resolve(CACHE_FILE);
    List<String> lines = new ArrayList<>();
    lines.add(key);
    entries.forEach(e -> lines.add(e.toString()));
    try {
      Files.createDirectories(cache.getParent());
      Path aside = Files.createTempFile(cache.getParent(), "maven-classpath", ".tmp");
      Files.write(aside, lines, StandardCharsets.UTF_8);
      Files.move(aside, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // a cache that cannot be written costs the next command a Maven run, nothing more
    }
  }

  // --- running Maven ------------------------------------------------------------------------

  private List<String> mavenCommand() {
    String configured = environment.get("MAVEN_CMD");
    if (configured != null && !configured.isBlank()) {
      return List.of(configured.trim().split("\\s+"));
    }
    return List.of(WINDOWS ? "mvn.cmd" : "mvn");
  }

  private void run(List<String> arguments) {
    List<String> command = new ArrayList<>(mavenCommand());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).directory(projectDirectory.toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File(WINDOWS ? "NUL" : "/dev/null")));
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new RetortException("Cannot run Maven ('" + command.get(0) + "') to compile the project in "
          + projectDirectory + ": " + e.getMessage() + "; install Maven, set MAVEN_CMD, or pass --classpath", e);
    }
    String output;
    int exit;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      exit = process.waitFor();
    } catch (IOException e) {
      process.destroy();
      throw new RetortException("Lost the output of Maven in " + projectDirectory + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new RetortException("Interrupted while Maven compiled the project in " + projectDirectory, e);
    }
    if (exit != 0) {
      List<CompilationFailure.Diagnostic> diagnostics = javacErrors(output);
      if (!diagnostics.isEmpty()) {
        throw new CompilationFailure("Project source", diagnostics, "fix it and run the command again");
      }
      throw new RetortException("Maven could not build the project in " + projectDirectory + " (exit " + exit + "): "
          + firstProblem(output) + "; fix the build, or pass --classpath with the project's compiled classes and libraries");
    }
  }

  /** The javac errors in Maven's output, each once (Maven prints them twice), paths relative to the project. */
  List<CompilationFailure.Diagnostic> javacErrors(String output) {
    Set<CompilationFailure.Diagnostic> errors = new LinkedHashSet<>();
    for (String raw : output.lines().toList()) {
      Matcher m = JAVAC_ERROR.matcher(raw.replaceAll("\u001B\\[[0-9;]*m", "").trim());
      if (m.matches()) {
        Path file = Path.of(m.group(1));
        String shown = file.startsWith(projectDirectory) ? projectDirectory.relativize(file).toString() : file.toString();
        errors.add(new CompilationFailure.Diagnostic(shown, Long.parseLong(m.group(2)), m.group(3).trim()));
      }
    }
    return new ArrayList<>(errors);
  }

  /** The first {@code [ERROR]} line of Maven's output, else its last line. */
  static String firstProblem(String output) {
    List<String> lines = output.lines().map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "").trim())
        .filter(l -> !l.isEmpty()).toList();
    return lines.stream().filter(l -> l.startsWith("[ERROR]")).findFirst()
        .orElse(lines.isEmpty() ? "no output" : lines.get(lines.size() - 1));
  }
}
