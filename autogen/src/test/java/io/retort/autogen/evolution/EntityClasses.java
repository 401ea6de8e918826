package io.retort.autogen.evolution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The entity classes of one model version, compiled into a directory of their own and loaded by a
 * class loader of their own, so that versions with the same class names live side by side.
 */
record EntityClasses(Path directory, URLClassLoader loader, Map<String, String> sources) implements AutoCloseable {

  /** Renders and compiles {@code model} under {@code stepDir}. */
  static EntityClasses compile(Model model, Path stepDir) {
    Map<String, String> sources = EntitySources.of(model);
    Path classes = stepDir.resolve("classes");
    JavaCompilation.compile(sources, Model.PACKAGE, stepDir.resolve("src"), classes, List.of());
    URLClassLoader loader = new URLClassLoader(new URL[] {EvolutionProject.url(classes)}, EntityClasses.class.getClassLoader());
    return new EntityClasses(classes, loader, sources);
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
