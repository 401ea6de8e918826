package io.retort.docs;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Proves that an {@code xml} block of a guide, Maven dependencies or plugins, names artifacts this
 * checkout builds, with the version it builds: each {@code <dependency>} and {@code <plugin>} must
 * match a module's {@code pom.xml} (a top-level module or one nested in it, such as {@code spring-boot/starter}) (group, artifact, version, the parent's where the module inherits
 * them). A plugin must be a module of packaging {@code maven-plugin}; every {@code <goal>} it names
 * must be a goal of that module (a {@code @Mojo(name = ...)} in its sources), every element of its
 * {@code <configuration>} one of its parameters (a {@code @Parameter} field that is not read-only),
 * and its {@code <settings>} a valid piece of {@code retort.properties} ({@link ConfigFragment}).
 */
final class DependencySnippet {
  private static final Pattern MOJO = Pattern.compile("@Mojo\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern PARAMETER = Pattern.compile(
      "@Parameter(\\([^)]*\\))?\\s+(?:(?:private|protected|public|final)\\s+)*[\\w.<>, \\[\\]]+?\\s+(\\w+)\\s*;");

  private DependencySnippet() {
  }

  static void check(GuideBlock block, Path repository, Path scratch) {
    Element fragment = parse("<fragment>" + block.text() + "</fragment>", block.where()).getDocumentElement();
    NodeList dependencies = fragment.getElementsByTagName("dependency");
    NodeList plugins = fragment.getElementsByTagName("plugin");
    if (dependencies.getLength() == 0 && plugins.getLength() == 0) {
      throw new AssertionError("the xml block at " + block.where() + " has no <dependency> or <plugin>; mark other XML with a directive");
    }
    for (int i = 0; i < dependencies.getLength(); i++) {
      module(block, repository, (Element) dependencies.item(i));
    }
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      checkPlugin(block, plugin, module(block, repository, plugin), scratch.resolve("plugin-" + block.line() + "-" + i));
    }
  }

  /** The module of the checkout whose coordinates the element (a dependency or a plugin) gives. */
  private static Path module(GuideBlock block, Path repository, Element element) {
    String coordinates = text(element, "groupId") + ":" + text(element, "artifactId") + ":" + text(element, "version");
    // modules nest (spring-boot/starter, examples/spring-boot-shop): every pom.xml two levels down, outside build output and sources
    try (Stream<Path> poms = Files.walk(repository, 3)) {
      for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml") && Files.isRegularFile(p))
          .filter(p -> !p.getParent().equals(repository))
          .filter(p -> repository.relativize(p).toString().replace('\\', '/').matches("(?!.*(^|/)(target|src|\\.[^/]*)/).*"))
          .sorted().toList()) {
        if (coordinates.equals(coordinates(project(pom)))) {
          return pom.getParent();
        }
      }
    } catch (IOException e) {
      throw new AssertionError("cannot find the modules of " + repository, e);
    }
    throw new AssertionError("the xml block at " + block.where() + " names " + coordinates
        + ", which is not an artifact this checkout builds (group:artifact:version of a module's pom.xml)");
  }

  private static void checkPlugin(GuideBlock block, Element plugin, Path module, Path scratch) {
    String name = text(plugin, "artifactId");
    if (!"maven-plugin".equals(text(project(module.resolve("pom.xml")), "packaging"))) {
      throw new AssertionError("the xml block at " + block.where() + " uses " + name + " as a plugin, but it is not a Maven plugin");
    }
    String sources = sources(module.resolve("src/main/java"));
    Set<String> goals = matches(MOJO, sources, 1, false);
    for (Element goal : descendants(plugin, "goal")) {
      if (!goals.contains(goal.getTextContent().strip())) {
        throw new AssertionError("the xml block at " + block.where() + " names the goal '" + goal.getTextContent().strip() + "', which "
            + name + " does not have; its goals are " + goals);
      }
    }
    Set<String> parameters = matches(PARAMETER, sources, 2, true);
    for (Element configuration : descendants(plugin, "configuration")) {
      for (Element parameter : children(configuration)) {
        if (!parameters.contains(parameter.getTagName())) {
          throw new AssertionError("the xml block at " + block.where() + " configures <" + parameter.getTagName() + ">, which is no parameter of "
              + name + "; its parameters are " + parameters);
        }
        if (parameter.getTagName().equals("settings")) {
          List<String> lines = new ArrayList<>();
          for (Element setting : children(parameter)) {
            lines.add(setting.getTagName() + " = " + setting.getTextContent().strip());
          }
          ConfigFragment.check(String.join("\n", lines), "the <settings> of the xml block at " + block.where(), scratch);
        }
      }
    }
  }

  /** Group 1 or 2 of every match; with {@code writable}, not those whose annotation says {@code readonly = true}. */
  private static Set<String> matches(Pattern pattern, String text, int group, boolean writable) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      if (writable && matcher.group(1) != null && matcher.group(1).matches("(?s).*readonly\\s*=\\s*true.*")) {
        continue;
      }
      found.add(matcher.group(group));
    }
    return found;
  }

  private static String sources(Path root) {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toString();
  }

  private static Element project(Path pom) {
    try {
      return parse(Files.readString(pom), pom.toString()).getDocumentElement();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String coordinates(Element project) {
    Element parent = child(project, "parent");
    String group = text(project, "groupId");
    String version = text(project, "version");
    if (group.isEmpty() && parent != null) {
      group = text(parent, "groupId");
    }
    if (version.isEmpty() && parent != null) {
      version = text(parent, "version");
    }
    return group + ":" + text(project, "artifactId") + ":" + version;
  }

  private static Document parse(String xml, String where) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed XML at " + where + ": " + e.getMessage(), e);
    }
  }

  /** The text of the direct child element {@code name}, or empty. */
  private static String text(Element element, String name) {
    Element child = child(element, name);
    return child == null ? "" : child.getTextContent().strip();
  }

  private static Element child(Element element, String name) {
    return children(element).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElse(null);
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e) {
        children.add(e);
      }
    }
    return children;
  }

  private static List<Element> descendants(Element element, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = element.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}
