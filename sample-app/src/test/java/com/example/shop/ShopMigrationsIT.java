package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.autogen.SchemaDiff;
import io.retort.autogen.compare.Comparison;
import io.retort.runtime.api.Retort;
import io.retort.runtime.config.RetortConfig;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.migrate.ConnectionSource;
import io.retort.runtime.migrate.MigrationSettings;
import io.retort.runtime.migrate.OfflineScript;
import io.retort.runtime.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shop's history, as generated with autogen and reviewed, on every database: it upgrades to
 * head, the entities and the database then agree, Hibernate validates the schema, the slug data
 * migration fills existing rows, and everything downgrades to base and back.
 */
class ShopMigrationsIT {
  private static final String MIGRATIONS = "com.example.shop.migrations";

  private static Retort retort(TestDatabase db) {
    return Retort.with(db.url(), db.user(), db.password()).migrationsPackage(MIGRATIONS);
  }

  private static Comparison compareEntities(TestDatabase db) throws URISyntaxException {
    Map<String, String> values = new HashMap<>();
    values.put("script_location", "src/main/java/com/example/shop/migrations");
    values.put("migrations_package", MIGRATIONS);
    values.put("entity_packages", "com.example.shop.model");
    values.put("url", db.url());
    values.put("user", db.user());
    values.put("password", db.password());
    RetortConfig config = RetortConfig.of(Path.of("."), values, Map.of(), "test");
    Path classes = Path.of(ShopApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return new SchemaDiff(config, Dialects.forUrl(db.url()), ConnectionSource.of(db.url(), db.user(), db.password()),
        ShopMigrationsIT.class.getClassLoader(), List.of(classes)).compare(Map.of());
  }

  private static long count(TestDatabase db, String sql) throws Exception {
    try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theHistoryUpgradesToWhatTheEntitiesSay(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      List<RevisionInfo> applied = retort(db).upgrade("head");
      assertEquals(List.of("Add product table", "Add product description", "Add product category", "Add product slug",
          "Add category description", "Add product created_at index", "Merge migrations"),
          applied.stream().map(RevisionInfo::message).toList());
      Comparison comparison = compareEntities(db);
      assertTrue(comparison.isEmpty(), () -> "entities and database differ:\n" + String.join("\n", comparison.detectedLines()));

      ByteArrayOutputStream output = new ByteArrayOutputStream();
      ShopApplication.run(db.url(), db.user(), db.password(), new PrintStream(output, true, StandardCharsets.UTF_8));
      assertTrue(output.toString(StandardCharsets.UTF_8).contains("Blue Shirt      19.90  stock 12    /blue-shirt  (shirts)"),
          output.toString(StandardCharsets.UTF_8));

      assertEquals(7, retort(db).downgrade("base").size());
      assertEquals(List.of(), retort(db).current());
      assertEquals(7, retort(db).upgrade("head").size());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theSlugDataMigrationFillsExistingProducts(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      retort(db).upgrade("721be29cdcde");
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.execute("INSERT INTO products (name, price, created_at) VALUES ('Blue Shirt', 19.90, CURRENT_TIMESTAMP)");
        s.execute("INSERT INTO products (name, price, created_at) VALUES ('It''s a Hat', 5, CURRENT_TIMESTAMP)");
      }
      retort(db).upgrade("head");
      assertEquals(1, count(db, "SELECT COUNT(*) FROM products WHERE slug = 'blue-shirt'"));
      assertEquals(1, count(db, "SELECT COUNT(*) FROM products WHERE slug = 'it''s-a-hat'"));
      retort(db).downgrade("721be29cdcde");
      assertEquals(2, count(db, "SELECT COUNT(*) FROM products"), "downgrading the slug keeps the products");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theWholeHistoryIsAnOfflineScript(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind)) {
      ClassLoader loader = ShopMigrationsIT.class.getClassLoader();
      String script = new OfflineScript(Dialects.forUrl(db.url()), retort(db).graph(), loader, MigrationSettings.DEFAULTS)
          .upgrade("head");
      assertTrue(script.contains("UPDATE") && script.contains("LOWER(REPLACE(name, ' ', '-'))"), script);
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        for (String statement : script.split(";\n")) {
          String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
          if (!sql.isEmpty()) {
            s.execute(sql);
          }
        }
      }
      assertEquals(List.of("84e241fa924c"), retort(db).current());
      Comparison comparison = compareEntities(db);
      assertTrue(comparison.isEmpty(), () -> "entities and database differ:\n" + String.join("\n", comparison.detectedLines()));
    }
  }
}
