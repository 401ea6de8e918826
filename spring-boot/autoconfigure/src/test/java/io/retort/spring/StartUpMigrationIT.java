package io.retort.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import io.retort.spring.test.shop.CategoriesAtStart;
import io.retort.spring.test.shop.Category;
import io.retort.spring.test.shop.CategoryRepository;
import io.retort.spring.test.shop.Product;
import io.retort.spring.test.shop.ProductRepository;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The application upgrades its database at start-up, before JPA and the JDBC templates, on every database. */
@ExtendWith(OutputCaptureExtension.class)
class StartUpMigrationIT {

  @ParameterizedTest
  @MethodSource("io.retort.spring.Databases#all")
  void upgradesBeforeJpaSoDdlAutoValidatePassesOnAnEmptyDatabase(TestDatabase.Kind kind, CapturedOutput output) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      try (ConfigurableApplicationContext app = ShopApp.on(db).start()) {
        assertEquals(List.of("c00000000002"), ShopApp.versions(db, "retort_version"));
        assertEquals(1, app.getBean(CategoriesAtStart.class).count(), "the JdbcTemplate waited for the migration");
        assertTrue(app.getBeansOfType(RetortEndpoint.class).isEmpty(), "the endpoint is not exposed");
        Category shirts = app.getBean(CategoryRepository.class).findByName("Shirts").orElseThrow();
        Product product = app.getBean(ProductRepository.class).save(new Product("Blue shirt", new BigDecimal("19.90"), shirts));
        assertEquals(new BigDecimal("19.90"), app.getBean(ProductRepository.class).findById(product.getId()).orElseThrow().getPrice());
      }
      String log = output.getOut();
      assertTrue(log.contains("Running upgrade  -> c00000000001, Create categories"), log);
      assertTrue(log.contains("Running upgrade c00000000001 -> c00000000002, Create products"), log);
      assertTrue(log.indexOf("Running upgrade c00000000001") < log.indexOf("Started "), "logged before the application started: " + log);

      // the second start has nothing to do
      int before = output.getOut().length();
      try (ConfigurableApplicationContext app = ShopApp.on(db).start()) {
        assertEquals(1, app.getBean(ProductRepository.class).count());
      }
      String second = output.getOut().substring(before);
      assertFalse(second.contains("Running upgrade"), second);
      assertTrue(second.contains("Retort: the database is up to date at c00000000002 (target head)"), second);
    }
  }

  @ParameterizedTest
  @MethodSource("io.retort.spring.Databases#all")
  void upgradesToTheConfiguredTarget(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      try (ConfigurableApplicationContext app = ShopApp.on(db).with("retort.target", "c00000000001")
          .with("spring.jpa.hibernate.ddl-auto", "none").start()) {
        assertEquals(List.of("c00000000001"), ShopApp.versions(db, "retort_version"));
        assertEquals("c00000000002", app.getBean(RetortMigrator.class).pending().get(0).id());
      }
      assertFalse(ShopApp.tableExists(db, "products"));
    }
  }

  @Test
  @DisplayName("H2: retort.enabled=false leaves the database alone")
  void disabled() throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2);
        ConfigurableApplicationContext app = ShopApp.on(db).with("retort.enabled", "false")
            .with("spring.jpa.hibernate.ddl-auto", "none").start()) {
      assertTrue(app.getBeansOfType(RetortMigrator.class).isEmpty());
      assertTrue(app.getBeansOfType(RetortMigrationInitializer.class).isEmpty());
      assertFalse(ShopApp.tableExists(db, "retort_version"));
      assertFalse(ShopApp.tableExists(db, "categories"));
    }
  }

  @Test
  @DisplayName("H2: on an embedded database Hibernate's ddl-auto defaults to none, as with Flyway, not create-drop")
  void hibernateLeavesTheSchemaToRetortOnAnEmbeddedDatabase() throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2)) {
      try (ConfigurableApplicationContext app = ShopApp.on(db).with("spring.jpa.hibernate.ddl-auto", null).start()) {
        // create-drop would have dropped and re-created the table, without the row the first revision inserted
        assertEquals(1, app.getBean(CategoryRepository.class).count());
      }
      assertTrue(ShopApp.tableExists(db, "categories"), "create-drop would have dropped it on close");
    }
  }
}
