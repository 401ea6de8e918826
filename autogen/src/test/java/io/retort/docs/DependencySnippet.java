package io.retort.docs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Proves that an {@code xml} block of a guide, Maven dependencies, names artifacts this checkout
 * builds, with the version it builds: each {@code <dependency>} must match a module's
 * {@code pom.xml} (group, artifact, version, the parent's where the module inherits them).
 */
final class DependencySnippet {
  private DependencySnippet() {
  }

  static void check(GuideBlock block, Path repository) {
    NodeList dependencies = parse("<fragment>" + block.text() + "</fragment>", block.where()).getElementsByTagName("dependency");
    if (dependencies.getLength() == 0) {
      throw new AssertionError("the xml block at " + block.where() + " has no <dependency>; mark other XML with a directive");
    }
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId") + ":" + text(dependency, "version");
      if (!builtHere(repository, coordinates)) {
        throw new AssertionError("the xml block at " + block.where() + " names " + coordinates
            + ", which is not an artifact this checkout builds (group:artifact:version of a module's pom.xml)");
      }
    }
  }

  private static boolean builtHere(Path repository, String coordinates) {
    try (Stream<Path> poms = Files.list(repository)) {
      for (Path module : poms.filter(Files::isDirectory).toList()) {
        Path pom = module.resolve("pom.xml");
        if (Files.isRegularFile(pom) && coordinates.equals(coordinates(pom))) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new AssertionError("cannot list the modules of " + repository, e);
    }
  }

  private static String coordinates(Path pom) throws IOException {
    Element project = parse(Files.readString(pom), pom.toString()).getDocumentElement();
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
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
