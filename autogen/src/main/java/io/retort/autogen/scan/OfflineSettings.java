package io.retort.autogen.scan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings of the service registry the scanner boots Hibernate with. They make sure Hibernate
 * never opens a connection: JDBC metadata access is switched off, and every connection setting (URL,
 * data source, credentials, connection provider) the project configured is left out, so there is
 * nothing to connect to.
 */
final class OfflineSettings {
  static final String DIALECT = "hibernate.dialect";
  static final String DATABASE_VERSION = "jakarta.persistence.database-product-version";
  static final String ALLOW_JDBC_METADATA_ACCESS = "hibernate.boot.allow_jdbc_metadata_access";

  private static final List<String> CONNECTION_PREFIXES = List.of(
      "hibernate.connection.", "jakarta.persistence.jdbc.", "javax.persistence.jdbc.");
  private static final Set<String> CONNECTION_KEYS = Set.of(
      "jakarta.persistence.jtaDataSource", "jakarta.persistence.nonJtaDataSource",
      "javax.persistence.jtaDataSource", "javax.persistence.nonJtaDataSource",
      "hibernate.temp.use_jdbc_metadata_defaults");

  private OfflineSettings() {
  }

  /**
   * The target's dialect and version, then the project's settings (which may name their own
   * dialect, e.g. a subclass with extra types), then the switches that keep Hibernate offline.
   */
  static Map<String, Object> forTarget(TargetDialect target, Map<String, String> projectSettings) {
    Map<String, Object> settings = new TreeMap<>();
    settings.put(DIALECT, target.hibernateDialect());
    if (target.databaseVersion() != null) {
      settings.put(DATABASE_VERSION, target.databaseVersion());
    }
    projectSettings.forEach((key, value) -> {
      if (!isConnectionSetting(key)) {
        settings.put(key, value);
      }
    });
    settings.put(ALLOW_JDBC_METADATA_ACCESS, "false");
    return Collections.unmodifiableMap(settings);
  }

  static boolean isConnectionSetting(String key) {
    return CONNECTION_KEYS.contains(key) || CONNECTION_PREFIXES.stream().anyMatch(key::startsWith);
  }
}
