package io.retort.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.context.ConfigurableApplicationContext;

/** GET /actuator/retort: the revisions in order, which are applied, their checksums, the pending ones. */
class RetortEndpointIT {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> migrator(ConfigurableApplicationContext app) throws Exception {
    String port = app.getEnvironment().getProperty("local.server.port");
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/retort")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    Map<String, Object> body = JsonParserFactory.getJsonParser().parseMap(response.body());
    return (Map<String, Object>) ((Map<String, Object>) body.get("migrators")).get("retortMigrator");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> revision(Map<String, Object> migrator, int index) {
    return ((List<Map<String, Object>>) migrator.get("revisions")).get(index);
  }

  @ParameterizedTest
  @MethodSource("io.retort.spring.Databases#all")
  void reportsTheRevisionsWhichAreAppliedTheirChecksumsAndThePendingOnes(TestDatabase.Kind kind) throws Exception {
    try (TestDatabase db = TestDatabase.create(kind);
        ConfigurableApplicationContext app = ShopApp.on(db).web().with("retort.target", "c00000000001")
            .with("spring.jpa.hibernate.ddl-auto", "none").with("management.endpoints.web.exposure.include", "retort").start()) {
      Map<String, Object> migrator = migrator(app);
      assertEquals(ShopApp.MIGRATIONS, migrator.get("migrationsPackage"));
      assertEquals("retort_version", migrator.get("versionTable"));
      assertEquals("c00000000001", migrator.get("target"));
      assertEquals(List.of("c00000000001"), migrator.get("current"));
      assertEquals(List.of("c00000000002"), migrator.get("pending"));
      assertNull(migrator.get("problem"));

      Map<String, Object> first = revision(migrator, 0);
      assertEquals("c00000000001", first.get("id"));
      assertEquals("Create categories", first.get("message"));
      assertEquals("2026-12-07 10:00:00", first.get("createDate"));
      assertEquals(true, first.get("applied"));
      assertTrue(String.valueOf(first.get("checksum")).matches("[0-9a-f]{64}"), first.toString());
      assertEquals(first.get("checksum"), first.get("recordedChecksum"));
      assertEquals(false, first.get("edited"));

      Map<String, Object> second = revision(migrator, 1);
      assertEquals("c00000000002", second.get("id"));
      assertEquals(List.of("c00000000001"), second.get("parents"));
      assertEquals(false, second.get("applied"));
      assertNull(second.get("recordedChecksum"));
      assertTrue(String.valueOf(second.get("checksum")).matches("[0-9a-f]{64}"), second.toString());

      ShopApp.execute(db, "UPDATE retort_version_checksums SET checksum = 'edited' WHERE revision_id = 'c00000000001'");
      Map<String, Object> edited = revision(migrator(app), 0);
      assertEquals("edited", edited.get("recordedChecksum"));
      assertEquals(true, edited.get("edited"));
    }
  }
}
