package io.retort.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retort.runtime.testing.TestDatabase;
import io.retort.spring.test.shop.Category;
import io.retort.spring.test.shop.CategoryRepository;
import io.retort.spring.test.shop.Product;
import io.retort.spring.test.shop.ProductRepository;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/** retort.url/user/password: Retort migrates with an account of its own, the application runs with one that cannot change the schema. */
class SeparateAccountIT {

  private static void cannotChangeTheSchema(AppAccount account) throws SQLException {
    try (Connection c = account.connect(); Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.execute("CREATE TABLE probe (id INT)"),
          "the application's account must not be able to create tables, or this test proves nothing");
    }
  }

  private static void theApplicationWorks(ConfigurableApplicationContext app) {
    assertNull(app.getBean(RetortMigrator.class).dataSource(), "Retort connected by itself");
    Category shirts = app.getBean(CategoryRepository.class).findByName("Shirts").orElseThrow();
    app.getBean(ProductRepository.class).save(new Product("Red shirt", new BigDecimal("9.99"), shirts));
    assertEquals(1, app.getBean(ProductRepository.class).count());
  }

  @ParameterizedTest
  @MethodSource("io.retort.spring.Databases#all")
  void migratesWithItsOwnUrlAndAccount(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind); AppAccount account = AppAccount.create(db)) {
      cannotChangeTheSchema(account);
      try (ConfigurableApplicationContext app = ShopApp.on(db)
          .with("spring.datasource.url", account.url()).with("spring.datasource.username", account.user()).with("spring.datasource.password", account.password())
          .with("retort.url", db.url()).with("retort.user", db.user()).with("retort.password", db.password()).start()) {
        theApplicationWorks(app);
      }
      assertEquals(List.of("c00000000002"), ShopApp.versions(db, "retort_version"));
    }
  }

  @Test
  @DisplayName("H2: retort.user alone migrates spring.datasource.url with that account")
  void userAloneTakesTheDataSourceUrl() throws Exception {
    try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.H2); AppAccount account = AppAccount.create(db)) {
      cannotChangeTheSchema(account);
      try (ConfigurableApplicationContext app = ShopApp.on(db)
          .with("spring.datasource.url", account.url()).with("spring.datasource.username", account.user()).with("spring.datasource.password", account.password())
          .with("retort.user", db.user()).with("retort.password", db.password()).start()) {
        theApplicationWorks(app);
      }
    }
  }
}
