package io.retort.autogen.evolution;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * One javac call in this JVM: sources written under a directory, compiled to another, against the
 * test classpath (jakarta.persistence, Hibernate, Retort's runtime) plus what is given.
 */
final class JavaCompilation {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  private JavaCompilation() {
  }

  /** Writes {@code files} (file name to source) into {@code sourceDir}, which is emptied first, and compiles them into {@code classDir}. */
  static void compile(Map<String, String> files, String packageName, Path sourceDir, Path classDir, List<Path> extraClasspath) {
    try {
      Path packageDir = sourceDir.resolve(packageName.replace('.', '/'));
      Files.createDirectories(packageDir);
      Files.createDirectories(classDir);
      List<String> args = new ArrayList<>(List.of("-d", classDir.toString(), "-proc:none", "-encoding", "UTF-8", "-nowarn",
          "-classpath", classpath(extraClasspath)));
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = packageDir.resolve(file.getKey());
        Files.writeString(path, file.getValue());
        args.add(path.toString());
      }
      StringWriter errors = new StringWriter();
      int status = JAVAC.run(null, null, new java.io.PrintStream(new java.io.ByteArrayOutputStream()) {
        @Override
        public void write(byte[] b, int off, int len) {
          errors.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
        }
      }, args.toArray(String[]::new));
      if (status != 0) {
        throw new AssertionError("javac failed:\n" + errors);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String classpath(List<Path> extra) {
    StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
    extra.forEach(p -> cp.append(java.io.File.pathSeparator).append(p));
    return cp.toString();
  }
}
