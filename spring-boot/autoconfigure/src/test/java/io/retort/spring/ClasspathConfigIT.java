package io.retort.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.retort.runtime.testing.TestDatabase;
import io.retort.spring.test.shop.CategoryRepository;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/** Without retort.migrations-package, a retort.properties on the class path says where the revisions are. */
class ClasspathConfigIT {

  @Test
  @DisplayName("H2: migrations_package and version_table come from a retort.properties on the class path")
  void retortPropertiesOnTheClassPath(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("retort.properties"), """
        # as the command line reads it; url is the command line's business, the application has its DataSource
        migrations_package = io.retort.spring.test.shop.migrations
        version_table = shop_version
        url = jdbc:h2:mem:not_this_one
        """);
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2);
        URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, getClass().getClassLoader())) {
      try (ConfigurableApplicationContext app = ShopApp.on(db).with("retort.migrations-package", null)
          .resourceLoader(new DefaultResourceLoader(loader)).start()) {
        assertEquals(1, app.getBean(CategoryRepository.class).count());
        assertEquals("shop_version", app.getBean(RetortMigrator.class).versionTable());
      }
      assertEquals(List.of("c00000000002"), ShopApp.versions(db, "shop_version"));
      assertFalse(ShopApp.tableExists(db, "retort_version"));
    }
  }
}
