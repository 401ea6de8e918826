package io.retort.autogen.render;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.api.Migration;
import io.retort.runtime.api.Operations;
import io.retort.runtime.ops.Operation;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a revision source with the system Java compiler against the test classpath, treating every
 * lint warning as an error, and loads the class; then records what its methods ask {@code op} for.
 */
final class RevisionCompiler {
  private RevisionCompiler() {
  }

  /** Compiles {@code source} as {@code packageName.className} in {@code workDir} and loads it. */
  static Class<?> compile(Path workDir, String packageName, String className, String source) throws IOException {
    Path sources = Files.createDirectories(workDir.resolve("src"));
    Path classes = Files.createDirectories(workDir.resolve("classes"));
    Path file = Files.writeString(sources.resolve(className + ".java"), source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests need a JDK, not a JRE");
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
          "-encoding", "UTF-8", "-proc:none", "-Xlint:all", "-Werror");
      boolean compiled = javac.getTask(diagnostics, files, null, options, null, files.getJavaFileObjects(file)).call();
      assertTrue(compiled, () -> "javac rejected " + className + ":\n" + diagnostics + "\n" + source);
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        RevisionCompiler.class.getClassLoader());
    try {
      return loader.loadClass(packageName.isEmpty() ? className : packageName + "." + className);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("compiled, but no class " + className + " came out", e);
    }
  }

  static List<Operation> recordUpgrade(Class<?> revision) {
    return record(revision, Migration::upgrade);
  }

  static List<Operation> recordDowngrade(Class<?> revision) {
    return record(revision, Migration::downgrade);
  }

  private static List<Operation> record(Class<?> revision, BiConsumer<Migration, Operations> method) {
    List<Operation> recorded = new ArrayList<>();
    try {
      Migration migration = (Migration) revision.getDeclaredConstructor().newInstance();
      method.accept(migration, new Operations(recorded::add));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot instantiate " + revision.getName(), e);
    }
    return recorded;
  }
}
