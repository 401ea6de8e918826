package io.retort.autogen.evolution;

import io.retort.autogen.introspect.DatabaseIntrospector;
import io.retort.autogen.scan.HibernateCreateScript;
import io.retort.autogen.scan.ScanRequest;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The schema Hibernate itself creates for some entities: Hibernate's create script, run on a fresh
 * database of the same kind, read back with the introspector. Retort's scanner and comparator play
 * no part, so a schema Retort builds that equals this one is right by Hibernate's own measure.
 */
final class HibernateOracle {
  private HibernateOracle() {
  }

  static SchemaModel schema(EntityClasses entities, TestDatabase.Kind kind, Path scratch) {
    try (TestDatabase fresh = TestDatabase.create(kind)) {
      ScanRequest request = new ScanRequest(entities.loader(), List.of(entities.directory()), List.of(Model.PACKAGE), fresh.url(), Map.of());
      List<String> script = HibernateCreateScript.of(request, scratch);
      try (Connection connection = fresh.connect()) {
        try (Statement statement = connection.createStatement()) {
          for (String sql : script) {
            statement.execute(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
          }
        }
        return new DatabaseIntrospector(Dialects.forUrl(fresh.url())).read(connection);
      } catch (SQLException e) {
        throw new AssertionError("Hibernate's own create script fails on a fresh " + kind + " database: " + e.getMessage()
            + "\n" + String.join("\n", script), e);
      }
    }
  }
}
