package io.retort.spring;

import io.retort.runtime.testing.TestDatabase;
import io.retort.spring.test.shop.ShopApplication;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ResourceLoader;

/** Starts the tests' Spring Boot application on a test database, as a user would run it. */
final class ShopApp {
  static final String BOOT = "Spring Boot " + SpringBootVersion.getVersion();
  static final String MIGRATIONS = "io.retort.spring.test.shop.migrations";
  static final String FAILING = "io.retort.spring.test.failing";

  private final Map<String, String> properties = new LinkedHashMap<>();
  private final List<Class<?>> sources = new ArrayList<>(List.of(ShopApplication.class));
  private WebApplicationType web = WebApplicationType.NONE;
  private ResourceLoader resourceLoader;

  private ShopApp(TestDatabase db) {
    properties.put("spring.datasource.url", db.url());
    properties.put("spring.datasource.username", db.user());
    properties.put("spring.datasource.password", db.password());
    properties.put("spring.jpa.hibernate.ddl-auto", "validate");
    properties.put("spring.jpa.open-in-view", "false");
    properties.put("spring.main.banner-mode", "off");
    properties.put("retort.migrations-package", MIGRATIONS);
  }

  /** The application on this database, with ddl-auto=validate and the shop's revisions. */
  static ShopApp on(TestDatabase db) {
    return new ShopApp(db);
  }

  /** Sets a property; a null value removes it. */
  ShopApp with(String key, String value) {
    if (value == null) {
      properties.remove(key);
    } else {
      properties.put(key, value);
    }
    return this;
  }

  ShopApp source(Class<?> configuration) {
    sources.add(configuration);
    return this;
  }

  ShopApp web() {
    web = WebApplicationType.SERVLET;
    properties.put("server.port", "0");
    properties.put("server.address", "127.0.0.1");
    return this;
  }

  ShopApp resourceLoader(ResourceLoader loader) {
    resourceLoader = loader;
    return this;
  }

  /** Runs it; the properties are command-line arguments, so nothing else overrides them. */
  ConfigurableApplicationContext start() {
    SpringApplicationBuilder builder = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(web);
    if (resourceLoader != null) {
      builder.resourceLoader(resourceLoader);
    }
    return builder.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }

  /** The heads in a version table, read directly. */
  static List<String> versions(TestDatabase db, String table) throws SQLException {
    List<String> heads = new ArrayList<>();
    try (Connection c = db.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version_num FROM " + table + " ORDER BY version_num")) {
      while (rs.next()) {
        heads.add(rs.getString(1));
      }
    }
    return heads;
  }

  static long count(TestDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void execute(TestDatabase db, String sql) throws SQLException {
    try (Connection c = db.connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Whether a table exists in the test database (as the database stores its unquoted name). */
  static boolean tableExists(TestDatabase db, String table) throws SQLException {
    try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), db.stored(table), null)) {
      return rs.next();
    }
  }
}
