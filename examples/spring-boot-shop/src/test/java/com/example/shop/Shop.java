package com.example.shop;

import io.retort.cli.Main;
import io.retort.runtime.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The example application on a test database, started as its users run it, and Retort's command line on it. */
final class Shop {
  private final Map<String, String> properties = new LinkedHashMap<>();

  private Shop(TestDatabase db) {
    properties.put("spring.datasource.url", db.url());
    properties.put("spring.datasource.username", db.user());
    properties.put("spring.datasource.password", db.password());
    properties.put("server.port", "0");
    properties.put("server.address", "127.0.0.1");
    properties.put("spring.main.banner-mode", "off");
  }

  static Shop on(TestDatabase db) {
    return new Shop(db);
  }

  Shop with(String key, String value) {
    properties.put(key, value);
    return this;
  }

  /** The web application; the properties are command-line arguments, over application.properties. */
  ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(ShopApplication.class).web(WebApplicationType.SERVLET)
        .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }

  /** The databases, named so CI counts each one's tests. */
  static Stream<Arguments> databases() {
    return Stream.of(TestDatabase.Kind.values()).map(kind -> Arguments.of(Named.of(kind.name(), kind)));
  }

  /** What a command printed and its exit code. */
  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  /**
   * Retort's command line, in this JVM, in the example's directory (its retort.properties and
   * application.properties), on the test database through SPRING_DATASOURCE_* as a deployment would
   * set them, with the application's classpath (this test's: Spring Boot's Hibernate support on it
   * makes Retort map the entities with Spring's naming strategies).
   */
  static Result retort(TestDatabase db, String... args) {
    List<String> all = new ArrayList<>(List.of("--classpath", System.getProperty("java.class.path")));
    all.addAll(List.of(args));
    Map<String, String> env = Map.of(
        "SPRING_DATASOURCE_URL", db.url(),
        "SPRING_DATASOURCE_USERNAME", db.user(),
        "SPRING_DATASOURCE_PASSWORD", db.password());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(all.toArray(String[]::new), o, e, Path.of("").toAbsolutePath(), env);
    }
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static List<String> versions(TestDatabase db) throws SQLException {
    List<String> heads = new ArrayList<>();
    try (Connection c = db.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version_num FROM retort_version")) {
      while (rs.next()) {
        heads.add(rs.getString(1));
      }
    }
    return heads;
  }
}
