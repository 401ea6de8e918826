package io.retort.autogen.script;

import io.retort.runtime.RetortException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the versions folder ({@code script_location}) into {@code target/retort-classes}
 * whenever a class is missing, older than its source, or left over from a deleted source, so that
 * {@code revision} → edit → {@code upgrade head} needs no build in between. Sources in a subfolder
 * belong to the matching subpackage of {@code migrations_package}.
 */
public final class RevisionCompiler {
  /** Where compiled revisions go, relative to the project directory. */
  public static final String OUTPUT_DIRECTORY = "target/retort-classes";
  /** Held while revisions are checked and compiled, so runs in one project never read each other's half-written classes. */
  static final String LOCK_FILE = "target/retort/compile.lock";

  private final Path projectDirectory;
  private final Path sourceDirectory;
  private final Path outputDirectory;
  private final Path packageDirectory;
  private final String packageName;

  public RevisionCompiler(Path projectDirectory, Path sourceDirectory, String packageName) {
    this.projectDirectory = projectDirectory;
    this.sourceDirectory = sourceDirectory;
    this.outputDirectory = projectDirectory.resolve(OUTPUT_DIRECTORY);
    this.packageName = packageName;
    this.packageDirectory = outputDirectory.resolve(packageName.replace('.', '/'));
  }

  public Path outputDirectory() {
    return outputDirectory;
  }

  /**
   * Compiles every source of the versions folder when anything is out of date. Runs of Retort in
   * the same project (several processes, or threads) take turns: one compiles while the others wait,
   * and then find the classes up to date.
   *
   * @param classpath what the revisions may use besides the Retort runtime: the project's classes and libraries
   * @return whether it compiled
   */
  public boolean compileIfStale(List<Path> classpath) {
    try (ProjectLock ignored = ProjectLock.acquire(projectDirectory.resolve(LOCK_FILE))) {
      return compileIfStaleLocked(classpath);
    }
  }

  private boolean compileIfStaleLocked(List<Path> classpath) {
    List<Path> sources = sources();
    if (!isStale(sources)) {
      return false;
    }
    deleteClasses();
    if (!sources.isEmpty()) {
      compile(sources, classpath);
      checkOutput(sources);
    }
    return true;
  }

  private List<Path> sources() {
    try (Stream<Path> files = Files.walk(sourceDirectory)) {
      return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
    } catch (IOException e) {
      throw new RetortException("Cannot read the versions folder " + sourceDirectory + ": " + e.getMessage(), e);
    }
  }

  /** The class file a source compiles to, or null for {@code package-info.java}. */
  private Path classFileOf(Path source) {
    String relative = sourceDirectory.relativize(source).toString();
    if (source.getFileName().toString().equals("package-info.java")) {
      return null;
    }
    return packageDirectory.resolve(relative.substring(0, relative.length() - ".java".length()) + ".class");
  }

  private boolean isStale(List<Path> sources) {
    Set<Path> expected = new HashSet<>();
    for (Path source : sources) {
      Path classFile = classFileOf(source);
      if (classFile == null) {
        continue;
      }
      expected.add(classFile);
      // not strictly newer: with coarse file times an edit in the same tick as the last compile still counts
      if (!Files.isRegularFile(classFile) || modified(classFile) <= modified(source)) {
        return true;
      }
    }
    return !orphans(expected).isEmpty();
  }

  /** Top-level class files without a source (the source was deleted or renamed). */
  private List<Path> orphans(Set<Path> expected) {
    if (!Files.isDirectory(packageDirectory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(packageDirectory)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          .map(this::topLevelClassFile)
          .filter(f -> !f.getFileName().toString().equals("package-info.class") && !expected.contains(f))
          .toList();
    } catch (IOException e) {
      throw new RetortException("Cannot read " + packageDirectory + ": " + e.getMessage(), e);
    }
  }

  private Path topLevelClassFile(Path classFile) {
    String name = classFile.getFileName().toString();
    int dollar = name.indexOf('$');
    return dollar < 0 ? classFile : classFile.resolveSibling(name.substring(0, dollar) + ".class");
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void deleteClasses() {
    if (!Files.isDirectory(packageDirectory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(packageDirectory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new RetortException("Cannot clear old revision classes in " + packageDirectory + ": " + e.getMessage(), e);
    }
  }

  private void compile(List<Path> sources, List<Path> classpath) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new RetortException("Compiling the revisions in " + sourceDirectory + " needs a JDK, but retort runs on a JRE "
          + "without javac; run it with a JDK's java (JAVA_HOME)");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(outputDirectory);
      List<String> options = List.of("-d", outputDirectory.toString(),
          "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
          "-encoding", "UTF-8", "-proc:none", "-implicit:none", "-nowarn");
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
      if (!ok) {
        throw describeErrors(diagnostics.getDiagnostics());
      }
    } catch (IOException e) {
      throw new RetortException("Cannot compile the revisions into " + outputDirectory + ": " + e.getMessage(), e);
    }
  }

  private CompilationFailure describeErrors(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<CompilationFailure.Diagnostic> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        String file = d.getSource() == null ? sourceDirectory.toString()
            : projectDirectory.relativize(Path.of(d.getSource().toUri())).toString();
        String message = d.getMessage(Locale.ROOT).lines().findFirst().orElse("").trim();
        errors.add(new CompilationFailure.Diagnostic(file, Math.max(0, d.getLineNumber()), message));
      }
    }
    if (errors.isEmpty()) {
      errors.add(new CompilationFailure.Diagnostic(projectDirectory.relativize(sourceDirectory).toString(), 0,
          "javac gave no reason"));
    }
    return new CompilationFailure("Revision source", errors, "fix it and run the command again");
  }

  /** A source whose class did not land where its folder says declares another package. */
  private void checkOutput(List<Path> sources) {
    for (Path source : sources) {
      Path classFile = classFileOf(source);
      if (classFile != null && !Files.isRegularFile(classFile)) {
        String relative = sourceDirectory.relativize(source.getParent()).toString().replace(java.io.File.separatorChar, '.');
        String expectedPackage = relative.isEmpty() ? packageName : packageName + "." + relative;
        String file = source.getFileName().toString();
        String className = file.substring(0, file.length() - ".java".length());
        throw new RetortException("Revision source " + projectDirectory.relativize(source) + " did not compile to class "
            + expectedPackage + "." + className + ": it must declare 'package " + expectedPackage + ";' and a class "
            + className + " (script_location holds the sources of migrations_package " + packageName + ")");
      }
    }
  }
}
