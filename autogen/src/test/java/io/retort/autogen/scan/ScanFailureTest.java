package io.retort.autogen.scan;

import static io.retort.autogen.scan.Scans.request;
import static io.retort.autogen.scan.Scans.testClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Failures end in one clear line that names what is wrong. */
class ScanFailureTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anEntityHibernateCannotMapIsNamedWithHibernatesReason(Kind kind) {
    RetortException failure = assertThrows(RetortException.class, () -> EntityScanner.scan(request("broken", kind, Map.of())));
    assertEquals("Cannot map entity io.retort.autogen.testentities.broken.Orphan: Entity "
        + "'io.retort.autogen.testentities.broken.Orphan' has no identifier (every '@Entity' class must declare or inherit "
        + "at least one '@Id' or '@EmbeddedId' property)", failure.getMessage());
    assertFalse(failure.getMessage().contains("\n"), "one line");
  }

  @Test
  void packagesWithoutEntitiesAreNamed() {
    RetortException failure = assertThrows(RetortException.class, () -> EntityScanner.scan(request("empty", Kind.H2, Map.of())));
    assertTrue(failure.getMessage().startsWith("No @Entity classes found in packages [io.retort.autogen.testentities.empty]"),
        failure.getMessage());
  }

  @Test
  void noPackagesAtAll() {
    ScanRequest request = new ScanRequest(getClass().getClassLoader(), List.of(testClasses()), List.of(" ", ""),
        Scans.url(Kind.H2), Map.of());
    RetortException failure = assertThrows(RetortException.class, () -> EntityScanner.scan(request));
    assertTrue(failure.getMessage().contains("entity_packages"), failure.getMessage());
  }

  @Test
  void anUnsupportedUrlIsRefusedBeforeAnythingIsLoaded() {
    ScanRequest request = new ScanRequest(getClass().getClassLoader(), List.of(testClasses()),
        List.of(Scans.TEST_ENTITIES + ".ids"), "jdbc:oracle:thin:@localhost:1521:xe", Map.of());
    RetortException failure = assertThrows(RetortException.class, () -> EntityScanner.scan(request));
    assertTrue(failure.getMessage().startsWith("Unsupported database URL 'jdbc:oracle:thin:@localhost:1521:xe'"),
        failure.getMessage());
  }

  @Test
  void classesTheLoaderCannotLoadAreNamed() throws Exception {
    try (URLClassLoader withoutProject = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
      ScanRequest request = new ScanRequest(withoutProject, List.of(testClasses()), List.of(Scans.TEST_ENTITIES + ".ids"),
          Scans.url(Kind.H2), Map.of());
      RetortException failure = assertThrows(RetortException.class, () -> EntityScanner.scan(request));
      assertTrue(failure.getMessage().startsWith("Cannot load entity class io.retort.autogen.testentities.ids.ApiToken: "),
          failure.getMessage());
    }
  }

  @Test
  void anEntityUsingAClassMissingFromTheClasspathIsNamed(@TempDir Path dir) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("src/com/example/billing"));
    Files.writeString(sources.resolve("Money.java"), "package com.example.billing; public record Money(long cents) {}");
    Files.writeString(sources.resolve("Bill.java"), """
        package com.example.billing;
        @jakarta.persistence.Entity
        public class Bill {
          @jakarta.persistence.Id private Long id;
          private Money total;
        }
        """);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
        sources.resolve("Money.java").toString(), sources.resolve("Bill.java").toString());
    assertEquals(0, status, "test sources compile");
    Files.delete(classes.resolve("com/example/billing/Money.class"));

    try (URLClassLoader project = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      ScanRequest request = new ScanRequest(project, List.of(classes), List.of("com.example.billing"), Scans.url(Kind.H2), Map.of());
      RetortException failure = assertThrows(RetortException.class, () -> EntityScanner.scan(request));
      assertEquals("Cannot load entity class com.example.billing.Bill: java.lang.NoClassDefFoundError: com/example/billing/Money"
          + " (is the project compiled, and are its libraries on the classpath?)", failure.getMessage());
    }
  }

  @Test
  void aBadDialectSettingIsReported() {
    ScanRequest request = request("ids", Kind.H2, Map.of("hibernate.dialect", "com.example.NoSuchDialect"));
    RetortException failure = assertThrows(RetortException.class, () -> EntityScanner.scan(request));
    assertEquals("Cannot start Hibernate with the project's hibernate.* settings: Unable to create requested service "
        + "[org.hibernate.engine.jdbc.env.spi.JdbcEnvironment] due to: Unable to resolve name [com.example.NoSuchDialect] as "
        + "strategy [org.hibernate.dialect.Dialect]: Unable to load class [com.example.NoSuchDialect]: Could not load requested "
        + "class: com.example.NoSuchDialect", failure.getMessage());
  }

  @Test
  void aBadNamingStrategySettingIsReported() {
    ScanRequest request = request("ids", Kind.H2, Map.of("hibernate.physical_naming_strategy", "com.example.NoSuchStrategy"));
    RetortException failure = assertThrows(RetortException.class, () -> EntityScanner.scan(request));
    assertTrue(failure.getMessage().startsWith("Cannot start Hibernate with the project's hibernate.* settings: Unable to resolve "
        + "name [com.example.NoSuchStrategy] as strategy [org.hibernate.boot.model.naming.PhysicalNamingStrategy]"),
        failure.getMessage());
  }

  @Test
  void entity_packagesIsSplitOnCommas() {
    assertEquals(List.of("com.example.shop", "com.example.billing"),
        ScanRequest.packagesOf(" com.example.shop, ,com.example.billing "));
    assertEquals(List.of(), ScanRequest.packagesOf(null));
  }
}
