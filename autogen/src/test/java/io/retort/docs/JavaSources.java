package io.retort.docs;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources with {@code javax.tools} against the test's own classpath (Retort, Hibernate, JPA, the drivers). */
final class JavaSources {
  private JavaSources() {
  }

  /** The classpath of this test JVM, as paths. */
  static List<Path> testClasspath() {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry));
      }
    }
    return entries;
  }

  /**
   * Compiles {@code sources} into {@code output} (created when missing).
   *
   * @throws AssertionError with the compiler's messages when they do not compile
   */
  static void compile(List<Path> sources, Path output, List<Path> extraClasspath, String what) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler in this JVM: run the tests on a JDK");
    }
    List<Path> classpath = new ArrayList<>(extraClasspath);
    classpath.addAll(testClasspath());
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      Files.createDirectories(output);
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      List<String> options = List.of("-d", output.toString(), "-encoding", "UTF-8", "--release", "17", "-proc:none",
          "-classpath", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
      boolean ok = compiler.getTask(messages, files, diagnostics, options, null, units).call();
      if (!ok) {
        StringBuilder report = new StringBuilder(what + " does not compile:");
        diagnostics.getDiagnostics().forEach(d -> report.append("\n  ").append(d));
        throw new AssertionError(report + messages.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
