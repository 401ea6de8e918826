package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Spring Boot project through the command line, on every database: the database comes from
 * {@code spring.datasource.*} in {@code application.properties} (retort.properties names none, the
 * password is a {@code ${VAR}} placeholder), and with Spring Boot's Hibernate support on the project's
 * classpath the entities are mapped with Spring Boot's naming strategies: camelCase fields become
 * snake_case columns and a many-to-many's join table is named after the owning table and the property,
 * as a Spring Boot application would create them.
 *
 * <p>The classpath holds the real {@code spring-boot-hibernate} 4.0.7 jar (copied to
 * {@code target/spring-boot} by the build, on none of Retort's own classpaths), so the test checks both
 * the detection and that Hibernate loads {@code SpringImplicitNamingStrategy} through the project's class
 * loader, as it must for a real project.
 */
class SpringMappingCommandTest {
  @TempDir
  Path tmp;

  static final String CUSTOMER = """
      package com.example.model;

      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;
      import jakarta.persistence.ManyToMany;
      import jakarta.persistence.Table;
      import java.util.Set;

      @Entity
      @Table(name = "customers")
      public class Customer {
        @Id
        private Long id;

        private String firstName;

        private int loyaltyPoints;

        @ManyToMany
        private Set<Tag> favouriteTags;
      }
      """;

  static final String TAG = """
      package com.example.model;

      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;

      @Entity
      public class Tag {
        @Id
        private Long id;

        private String displayName;
      }
      """;

  static Path springBootHibernateJar() {
    Path jar = Path.of("target/spring-boot/spring-boot-hibernate-4.0.7.jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), () -> jar + " is missing: the build copies it (maven-dependency-plugin, "
        + "process-test-resources); run the tests through Maven");
    return jar;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void autogenerateMapsEntitiesAsSpringBootDoes(TestDatabase.Kind kind) throws Exception {
    TestProject.runIn(tmp, Map.of(), "init", "app").succeeded();
    Path app = tmp.resolve("app");
    TestProject.write(app.resolve("retort.properties"), """
        script_location = src/main/java/db/migrations
        migrations_package = db.migrations
        entity_packages = com.example.model
        """);
    ProjectEntities.compile(app, CUSTOMER, TAG);
    String withSpring = app.resolve("target/classes") + File.pathSeparator + springBootHibernateJar();
    String withoutSpring = app.resolve("target/classes").toString();
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject.write(app.resolve("src/main/resources/application.properties"), """
          spring.application.name=shop
          spring.datasource.url=%s
          spring.datasource.username=%s
          spring.datasource.password=${SHOP_DB_PASSWORD}
          spring.jpa.hibernate.ddl-auto=validate
          """.formatted(database.url(), database.user()));
      Map<String, String> env = Map.of("SHOP_DB_PASSWORD", database.password());

      List<String> detected = TestProject.runIn(app, env, "--classpath", withSpring, "revision", "--autogenerate", "-m",
          "Customers and tags").succeeded().outLines();
      assertTrue(detected.contains("Detected added table 'customers'"), detected::toString);
      assertTrue(detected.contains("Detected added table 'customers_favourite_tags'"), detected::toString);

      TestProject.runIn(app, env, "--classpath", withSpring, "upgrade", "head").succeeded();
      Set<String> tables = database.tables();
      assertTrue(tables.containsAll(Set.of("customers", "tag", "customers_favourite_tags")), tables::toString);
      assertEquals(Set.of("id", "first_name", "loyalty_points"), database.columns("customers"));
      assertEquals(Set.of("id", "display_name"), database.columns("tag"));
      assertEquals(Set.of("customer_id", "favourite_tags_id"), database.columns("customers_favourite_tags"));

      assertEquals(List.of("No new upgrade operations detected."),
          TestProject.runIn(app, env, "--classpath", withSpring, "check").succeeded().outLines());

      // without Spring Boot on the classpath, Hibernate's own names differ from what the revision built
      CliResult plain = TestProject.runIn(app, env, "--classpath", withoutSpring, "check");
      assertEquals(1, plain.exit(), plain::toString);
      assertTrue(plain.out().contains("firstName") || plain.out().toLowerCase(java.util.Locale.ROOT).contains("firstname"),
          plain::toString);
    }
  }
}
