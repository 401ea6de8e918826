package io.retort.cli;

import io.retort.runtime.RetortException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles a Maven project and asks Maven for its runtime classpath, so that the command line sees
 * the project's entity classes and libraries exactly as the build does:
 * {@code mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/retort.classpath -Dmdep.includeScope=runtime}.
 * {@code MAVEN_CMD} (e.g. {@code "mvn -o"} or {@code ./mvnw}) replaces {@code mvn}.
 */
final class MavenBuild {
  static final String CLASSPATH_FILE = "target/retort.classpath";
  private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private final Path projectDirectory;
  private final Map<String, String> environment;

  MavenBuild(Path projectDirectory, Map<String, String> environment) {
    this.projectDirectory = projectDirectory;
    this.environment = environment;
  }

  /** Whether the directory is a Maven project. */
  static boolean isMavenProject(Path directory) {
    return Files.isRegularFile(directory.resolve("pom.xml"));
  }

  /** Runs the build; returns {@code target/classes} followed by the runtime dependencies. */
  List<Path> compileAndResolveClasspath() {
    List<String> command = new ArrayList<>(mavenCommand());
    command.addAll(List.of("-B", "-q", "compile", "dependency:build-classpath",
        "-Dmdep.outputFile=" + CLASSPATH_FILE, "-Dmdep.includeScope=runtime"));
    String output = run(command);
    Path classpathFile = projectDirectory.resolve(CLASSPATH_FILE);
    if (!Files.isRegularFile(classpathFile)) {
      throw new RetortException("Maven built the project in " + projectDirectory + " but wrote no " + CLASSPATH_FILE
          + " (" + firstProblem(output) + "); pass --classpath with the project's compiled classes and libraries");
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

  private List<String> mavenCommand() {
    String configured = environment.get("MAVEN_CMD");
    if (configured != null && !configured.isBlank()) {
      return List.of(configured.trim().split("\\s+"));
    }
    return List.of(WINDOWS ? "mvn.cmd" : "mvn");
  }

  private String run(List<String> command) {
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
      throw new RetortException("Maven could not build the project in " + projectDirectory + " (exit " + exit + "): "
          + firstProblem(output) + "; fix the build, or pass --classpath with the project's compiled classes and libraries");
    }
    return output;
  }

  /** The first {@code [ERROR]} line of Maven's output, else its last line. */
  static String firstProblem(String output) {
    List<String> lines = output.lines().map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "").trim())
        .filter(l -> !l.isEmpty()).toList();
    return lines.stream().filter(l -> l.startsWith("[ERROR]")).findFirst()
        .orElse(lines.isEmpty() ? "no output" : lines.get(lines.size() - 1));
  }
}
