package io.retort.autogen.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.config.RetortConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a Spring Boot project's configuration: files, profiles, placeholders, and precedence against retort.properties. */
class SpringBootSettingsTest {
  @TempDir
  Path project;

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private RetortConfig config(String text, Map<String, String> environment) throws IOException {
    write("retort.properties", text);
    return SpringBootSettings.apply(RetortConfig.load(project.resolve("retort.properties"), environment));
  }

  private static final String RETORT_ONLY = "migrations_package = shop.migrations\nscript_location = src/main/java/shop/migrations\n";

  @Test
  void propertiesGiveDatabaseHibernateSettingsAndNamingStrategies() throws IOException {
    write("src/main/resources/application.properties", """
        spring.datasource.url=jdbc:postgresql://db:5432/shop
        spring.datasource.username=shop
        spring.datasource.password=secret
        spring.jpa.properties.hibernate.default_schema=sales
        spring.jpa.properties.jakarta.persistence.lock.timeout=10
        spring.jpa.hibernate.naming.physical-strategy=com.example.MyPhysical
        spring.jpa.hibernate.naming.implicit-strategy=com.example.MyImplicit
        server.port=8081
        """);
    RetortConfig config = config(RETORT_ONLY, Map.of());
    assertEquals("jdbc:postgresql://db:5432/shop", config.url());
    assertEquals("shop", config.user());
    assertEquals("secret", config.password());
    assertEquals(Map.of("hibernate.default_schema", "sales", "hibernate.physical_naming_strategy", "com.example.MyPhysical",
        "hibernate.implicit_naming_strategy", "com.example.MyImplicit"), config.hibernateSettings());
  }

  @Test
  void retortPropertiesWinAndDatabaseUrlWinsOverEverything() throws IOException {
    write("src/main/resources/application.properties", """
        spring.datasource.url=jdbc:postgresql://db:5432/shop
        spring.datasource.username=shop
        spring.datasource.password=secret
        spring.jpa.properties.hibernate.default_schema=sales
        spring.jpa.properties.hibernate.globally_quoted_identifiers=true
        """);
    RetortConfig own = config(RETORT_ONLY + "url = jdbc:h2:mem:own\nhibernate.default_schema = mine\n", Map.of());
    assertEquals("jdbc:h2:mem:own", own.url());
    assertNull(own.user(), "Spring's user is not used with retort.properties' own URL");
    assertEquals(Map.of("hibernate.default_schema", "mine", "hibernate.globally_quoted_identifiers", "true"),
        own.hibernateSettings());

    RetortConfig environment = config(RETORT_ONLY, Map.of("DATABASE_URL", "jdbc:mariadb://other/shop"));
    assertEquals("jdbc:mariadb://other/shop", environment.url());
    assertNull(environment.user(), "DATABASE_URL's credentials are its own");
  }

  @Test
  void propertiesWinOverYamlAndProfilesOverlayInOrder() throws IOException {
    write("src/main/resources/application.yaml", """
        spring:
          datasource:
            url: jdbc:h2:mem:yaml
            username: yaml-user
          jpa:
            properties:
              hibernate:
                default_schema: base
                jdbc.time_zone: UTC
        """);
    write("src/main/resources/application.properties", "spring.datasource.url=jdbc:h2:mem:properties\n");
    write("src/main/resources/application-prod.yml", """
        spring.datasource.url: jdbc:postgresql://prod/shop
        spring.jpa.properties.hibernate.default_schema: prod
        """);
    write("src/main/resources/application-eu.properties", "spring.jpa.properties.hibernate.default_schema=eu\n");

    RetortConfig plain = config(RETORT_ONLY, Map.of());
    assertEquals("jdbc:h2:mem:properties", plain.url());
    assertEquals("yaml-user", plain.user());
    assertEquals(Map.of("hibernate.default_schema", "base", "hibernate.jdbc.time_zone", "UTC"), plain.hibernateSettings());

    RetortConfig prod = config(RETORT_ONLY + "spring_profiles = prod\n", Map.of());
    assertEquals("jdbc:postgresql://prod/shop", prod.url());
    assertEquals("prod", prod.hibernateSettings().get("hibernate.default_schema"));

    RetortConfig both = config(RETORT_ONLY + "spring_profiles = prod\n", Map.of("SPRING_PROFILES_ACTIVE", "prod,eu"));
    assertEquals("eu", both.hibernateSettings().get("hibernate.default_schema"), "the environment's profiles win, the later one last");
  }

  @Test
  void yamlDocumentsActivatedByProfileAndActiveProfileInTheFile() throws IOException {
    write("src/main/resources/application.yml", """
        spring:
          profiles:
            active: dev
          datasource:
            url: jdbc:h2:mem:default
        ---
        spring:
          config:
            activate:
              on-profile: dev
          datasource:
            url: jdbc:h2:mem:dev
        ---
        spring:
          config:
            activate:
              on-profile: [ci, test]
          datasource:
            url: jdbc:h2:mem:ci
        """);
    assertEquals("jdbc:h2:mem:dev", config(RETORT_ONLY, Map.of()).url());
    assertEquals("jdbc:h2:mem:ci", config(RETORT_ONLY, Map.of("SPRING_PROFILES_ACTIVE", "test")).url());
    assertEquals("jdbc:h2:mem:default", config(RETORT_ONLY + "spring_profiles = other\n", Map.of()).url());
  }

  @Test
  void placeholdersFromTheEnvironmentAndOtherProperties() throws IOException {
    write("src/main/resources/application.properties", """
        db.host=${DB_HOST:localhost}
        spring.datasource.url=jdbc:postgresql://${db.host}:${DB_PORT:5432}/${DB_NAME:shop}
        spring.datasource.username=${db.user:app}
        spring.datasource.password=${DB_PASSWORD}
        """);
    RetortConfig config = config(RETORT_ONLY, Map.of("DB_HOST", "pg", "DB_PASSWORD", "pw", "DB_USER", "relaxed"));
    assertEquals("jdbc:postgresql://pg:5432/shop", config.url());
    assertEquals("relaxed", config.user(), "${db.user} reads DB_USER, as Spring's relaxed binding does");
    assertEquals("pw", config.password());

    RetortException missing = assertThrows(RetortException.class, () -> config(RETORT_ONLY, Map.of()));
    assertTrue(missing.getMessage().contains("uses ${DB_PASSWORD}"), missing.getMessage());
  }

  @Test
  void springConfigPointsElsewhereAndSpringDatasourceEnvironmentWins() throws IOException {
    write("config/app.yaml", "spring.datasource.url: jdbc:h2:mem:elsewhere\n");
    write("config/app-local.yaml", "spring.datasource.url: jdbc:h2:mem:local\n");
    assertEquals("jdbc:h2:mem:elsewhere", config(RETORT_ONLY + "spring_config = config/app.yaml\n", Map.of()).url());
    assertEquals("jdbc:h2:mem:local",
        config(RETORT_ONLY + "spring_config = config/app.yaml\nspring_profiles = local\n", Map.of()).url());
    assertEquals("jdbc:h2:mem:env", config(RETORT_ONLY + "spring_config = config/app.yaml\n",
        Map.of("SPRING_DATASOURCE_URL", "jdbc:h2:mem:env")).url());
    assertThrows(RetortException.class, () -> config(RETORT_ONLY + "spring_config = nowhere\n", Map.of()));
  }

  @Test
  void noSpringConfigurationChangesNothing() throws IOException {
    RetortConfig config = config(RETORT_ONLY, Map.of());
    assertNull(config.get("url"));
    assertEquals(Map.of(), config.hibernateSettings());
  }

  @Test
  void namingDefaultsOnlyWithSpringBootsJpaOnTheClasspath() throws IOException {
    Path boot4 = jar("spring-boot-hibernate-4.0.7.jar", SpringBootSettings.SPRING_4_IMPLICIT);
    Path boot3 = jar("spring-boot-3.5.7.jar", SpringBootSettings.SPRING_3_IMPLICIT);
    Path boot3Autoconfigure = jar("spring-boot-autoconfigure-3.5.7.jar", SpringBootSettings.SPRING_3_JPA_AUTOCONFIGURATION);
    Path classes = Files.createDirectories(project.resolve("target/classes"));

    assertEquals(Map.of(), SpringBootSettings.namingDefaults(List.of(classes)));
    assertEquals(Map.of(SpringBootSettings.PHYSICAL_NAMING, SpringBootSettings.SPRING_PHYSICAL_DEFAULT,
        SpringBootSettings.IMPLICIT_NAMING, SpringBootSettings.SPRING_4_IMPLICIT),
        SpringBootSettings.namingDefaults(List.of(classes, boot4)));
    assertEquals(Map.of(), SpringBootSettings.namingDefaults(List.of(classes, boot3)), "spring-boot alone is not its JPA support");
    assertEquals(SpringBootSettings.SPRING_3_IMPLICIT, SpringBootSettings.namingDefaults(List.of(classes, boot3,
        boot3Autoconfigure)).get(SpringBootSettings.IMPLICIT_NAMING));

    RetortConfig own = config(RETORT_ONLY + "hibernate.physical_naming_strategy = com.example.Mine\n", Map.of())
        .withDefaults(SpringBootSettings.namingDefaults(List.of(boot4)));
    assertEquals("com.example.Mine", own.hibernateSettings().get(SpringBootSettings.PHYSICAL_NAMING));
    assertEquals(SpringBootSettings.SPRING_4_IMPLICIT, own.hibernateSettings().get(SpringBootSettings.IMPLICIT_NAMING));
  }

  private Path jar(String name, String className) throws IOException {
    Path jar = project.resolve("lib").resolve(name);
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry(className.replace('.', '/') + ".class"));
      out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
      out.closeEntry();
    }
    return jar;
  }
}
