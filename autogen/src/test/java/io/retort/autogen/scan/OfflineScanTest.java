package io.retort.autogen.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The scanner never connects to a database, whatever connection settings the project has. */
class OfflineScanTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void connectionSettingsPointingAtAListeningPortAreNeverUsed(Kind kind) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String trap = trapUrl(Kind.POSTGRESQL, server.getLocalPort());
      Map<String, String> settings = Map.of(
          "hibernate.connection.url", trap,
          "hibernate.connection.username", "nobody",
          "hibernate.connection.password", "secret",
          "jakarta.persistence.jdbc.url", trap,
          "hibernate.boot.allow_jdbc_metadata_access", "true",
          "hibernate.temp.use_jdbc_metadata_defaults", "true");
      ScanRequest request = new ScanRequest(getClass().getClassLoader(), List.of(Scans.testClasses()),
          List.of(Scans.TEST_ENTITIES + ".shop"), trapUrl(kind, server.getLocalPort()), settings);

      SchemaModel model = EntityScanner.scan(request);

      assertEquals(9, model.tables().size());
      server.setSoTimeout(300);
      assertThrows(SocketTimeoutException.class, server::accept, "nobody may have connected");
    }
  }

  @Test
  void theRegistryGetsTheTargetDialectAndNoConnectionSetting() {
    Map<String, Object> settings = OfflineSettings.forTarget(TargetDialect.POSTGRESQL, Map.of(
        "hibernate.connection.url", "jdbc:postgresql://db/app",
        "hibernate.connection.datasource", "java:comp/env/jdbc/app",
        "jakarta.persistence.jdbc.user", "app",
        "jakarta.persistence.nonJtaDataSource", "java:comp/env/jdbc/app",
        "hibernate.boot.allow_jdbc_metadata_access", "true",
        "hibernate.globally_quoted_identifiers", "true"));
    assertEquals(Map.of(
        "hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect",
        "jakarta.persistence.database-product-version", "15.0",
        "hibernate.boot.allow_jdbc_metadata_access", "false",
        "hibernate.globally_quoted_identifiers", "true"), settings);
  }

  @Test
  void theProjectMayNameItsOwnDialect() {
    Map<String, Object> settings = OfflineSettings.forTarget(TargetDialect.H2,
        Map.of("hibernate.dialect", "com.example.CustomH2Dialect"));
    assertEquals("com.example.CustomH2Dialect", settings.get("hibernate.dialect"));
    assertFalse(settings.containsKey("jakarta.persistence.database-product-version"), "H2 uses the dialect's default version");
  }

  @Test
  void dialectsForUrls() {
    assertEquals(TargetDialect.H2, TargetDialect.forUrl("jdbc:h2:file:./target/shop"));
    assertEquals(TargetDialect.POSTGRESQL, TargetDialect.forUrl("jdbc:postgresql://127.0.0.1:5432/test"));
    assertEquals(TargetDialect.MARIADB, TargetDialect.forUrl("jdbc:mariadb://127.0.0.1:3306/test"));
    assertEquals(TargetDialect.MARIADB, TargetDialect.forUrl("JDBC:MYSQL://localhost/test"));
  }

  /**
   * A URL of the kind's database at the listening port. The short timeouts make a broken guard fail
   * the test (the server sees the connection) instead of hanging it.
   */
  private static String trapUrl(Kind kind, int port) {
    return switch (kind) {
      case H2 -> "jdbc:h2:tcp://127.0.0.1:" + port + "/trap";
      case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:" + port + "/trap?connectTimeout=1&socketTimeout=1";
      case MARIADB -> "jdbc:mariadb://127.0.0.1:" + port + "/trap?connectTimeout=1000&socketTimeout=1000";
    };
  }
}
