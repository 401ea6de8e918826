package io.retort.autogen.script;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;
import io.retort.runtime.RetortException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The {@code retort init} templates, read from the classpath (the retort-templates jar): every
 * folder {@code io/retort/templates/<name>/} that holds a {@value #DESCRIPTOR} with a
 * {@code description=} line is a template, and every other file under it is copied by {@code init},
 * keeping its relative path.
 */
public final class Templates {
  public static final String ROOT = "io/retort/templates/";
  public static final String DESCRIPTOR = "template.properties";

  /**
   * One template.
   *
   * @param name the folder name, e.g. {@code generic}
   * @param description one line for {@code list-templates}
   * @param files relative path to content, in path order
   */
  public record Template(String name, String description, Map<String, byte[]> files) {
  }

  private final Map<String, Template> templates;

  private Templates(Map<String, Template> templates) {
    this.templates = templates;
  }

  /** Reads every template visible to {@code loader}. */
  public static Templates load(ClassLoader loader) {
    Map<String, Map<String, byte[]>> contents = new TreeMap<>();
    try (ScanResult scan = new ClassGraph().overrideClassLoaders(loader).acceptPaths(ROOT).scan()) {
      for (Resource resource : scan.getAllResources()) {
        String relative = resource.getPath().substring(ROOT.length());
        int slash = relative.indexOf('/');
        if (slash <= 0) {
          continue;
        }
        contents.computeIfAbsent(relative.substring(0, slash), k -> new TreeMap<>())
            .put(relative.substring(slash + 1), resource.load());
      }
    } catch (IOException e) {
      throw new RetortException("Cannot read the init templates from the classpath: " + e.getMessage(), e);
    }
    Map<String, Template> templates = new TreeMap<>();
    contents.forEach((name, files) -> {
      byte[] descriptor = files.remove(DESCRIPTOR);
      if (descriptor != null) {
        templates.put(name, new Template(name, description(name, descriptor), files));
      }
    });
    return new Templates(templates);
  }

  private static String description(String name, byte[] descriptor) {
    Properties properties = new Properties();
    try (Reader reader = new StringReader(new String(descriptor, StandardCharsets.UTF_8))) {
      properties.load(reader);
    } catch (IOException e) {
      throw new RetortException("Cannot read " + ROOT + name + "/" + DESCRIPTOR + ": " + e.getMessage(), e);
    }
    return properties.getProperty("description", name).trim();
  }

  public List<Template> all() {
    return new ArrayList<>(templates.values());
  }

  /** The template called {@code name}, or a failure that lists the ones there are. */
  public Template get(String name) {
    Template template = templates.get(name);
    if (template == null) {
      throw new RetortException("No template named '" + name + "'; available: "
          + (templates.isEmpty() ? "none (the retort-templates jar is not on the classpath)" : String.join(", ", templates.keySet()))
          + " ('retort list-templates' describes them)");
    }
    return template;
  }
}
