package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.model.Category;
import com.example.shop.model.CategoryRepository;
import com.example.shop.model.Product;
import com.example.shop.model.ProductRepository;
import io.retort.runtime.testing.TestDatabase;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The example as its users run it, on each database: the application upgrades the empty database to
 * the revision autogen wrote, Hibernate validates it (ddl-auto=validate), GET /products answers, and
 * Retort's check then finds nothing to generate.
 */
class ShopIT {
  static final String HEAD = "5d3b10b73cb8";

  @ParameterizedTest(name = "{0}: starts on an empty database, migrates, validates, serves GET /products; check is clean")
  @MethodSource("com.example.shop.Shop#databases")
  void startsMigratesServesAndChecksClean(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      try (ConfigurableApplicationContext app = Shop.on(db).start()) {
        assertEquals(List.of(HEAD), Shop.versions(db));
        Category shirts = app.getBean(CategoryRepository.class).save(new Category("Shirts", 1));
        app.getBean(ProductRepository.class).save(new Product("Blue shirt", new BigDecimal("19.90"), 12, shirts));

        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/products")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        String body = response.body();
        assertTrue(body.contains("\"name\":\"Blue shirt\""), body);
        assertTrue(body.contains("\"unitPrice\":19.9"), body);
        assertTrue(body.contains("\"stockQuantity\":12"), body);
        assertTrue(body.contains("\"category\":\"Shirts\""), body);
      }

      Shop.Result check = Shop.retort(db, "check");
      assertEquals(0, check.exit(), check::toString);
      assertEquals("No new upgrade operations detected.", check.out().strip(), check::toString);
    }
  }
}
