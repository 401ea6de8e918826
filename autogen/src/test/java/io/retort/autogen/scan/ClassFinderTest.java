package io.retort.autogen.scan;

import static io.retort.autogen.scan.Scans.TEST_ENTITIES;
import static io.retort.autogen.scan.Scans.testClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding mapped classes by their annotations, in directories and jars. */
class ClassFinderTest {

  @Test
  void findsEntitiesEmbeddablesMappedSuperclasses() {
    MappedClasses found = EntityScanner.findClasses(Scans.request("shop", Kind.H2, Map.of()));
    String shop = TEST_ENTITIES + ".shop.";
    assertEquals(Stream.of("Category", "Customer", "CustomerProfile", "OrderLine", "Product", "PurchaseOrder", "Tag")
        .map(shop::concat).toList(), found.entities());
    assertEquals(List.of(shop + "Address"), found.embeddables());
    assertEquals(List.of(shop + "BaseEntity"), found.mappedSuperclasses());
    assertEquals(List.of(), found.converters());
    assertEquals(9, found.all().size());
  }

  @Test
  void findsConverters() {
    MappedClasses found = EntityScanner.findClasses(Scans.request("types", Kind.H2, Map.of()));
    assertEquals(List.of(TEST_ENTITIES + ".types.RgbConverter", TEST_ENTITIES + ".types.YearsConverter"), found.converters());
  }

  @Test
  void subpackagesAreIncluded() {
    MappedClasses found = ClassFinder.find(List.of(testClasses()), List.of(TEST_ENTITIES));
    assertTrue(found.entities().contains(TEST_ENTITIES + ".broken.Orphan"));
    assertTrue(found.entities().contains(TEST_ENTITIES + ".inheritance.Memo"));
    assertTrue(found.entities().stream().noneMatch(name -> name.contains(".empty.")));
  }

  @Test
  void severalPackagesAtOnce() {
    MappedClasses found = ClassFinder.find(List.of(testClasses()), List.of(TEST_ENTITIES + ".ids", TEST_ENTITIES + ".naming"));
    assertEquals(6, found.entities().size(), found.entities().toString());
  }

  @Test
  void entitiesInAJarAreFoundAndScanned(@TempDir Path dir) throws IOException {
    Path jar = jarOf(testClasses(), TEST_ENTITIES.replace('.', '/') + "/ids/", dir.resolve("ids.jar"));
    ScanRequest request = new ScanRequest(getClass().getClassLoader(), List.of(jar), List.of(TEST_ENTITIES + ".ids"),
        Scans.url(Kind.POSTGRESQL), Map.of());
    assertEquals(4, EntityScanner.findClasses(request).entities().size());
    SchemaModel model = EntityScanner.scan(request);
    assertEquals(4, model.tables().size());
  }

  /** Packs the class files under {@code prefix} of {@code classes} into a jar. */
  private static Path jarOf(Path classes, String prefix, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes.resolve(prefix))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        jarOut.write(Files.readAllBytes(file));
        jarOut.closeEntry();
      }
    }
    return jar;
  }
}
