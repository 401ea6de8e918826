package io.retort.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionScanner;
import io.retort.runtime.testing.SchemaDump;
import io.retort.runtime.testing.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code --sql}: the script, run by the database's own client, gives the schema an online upgrade gives. */
class OfflineScriptIT {
  private static final ClassLoader LOADER = OfflineScriptIT.class.getClassLoader();

  private static OfflineScript script(String url, String fixture) {
    RevisionGraph graph = RevisionScanner.scan(LOADER, "io.retort.runtime.fixtures." + fixture);
    return new OfflineScript(Dialects.forUrl(url), graph, LOADER, MigrationSettings.DEFAULTS);
  }

  private static Migrator migrator(TestDatabase db, String fixture) {
    RevisionGraph graph = RevisionScanner.scan(LOADER, "io.retort.runtime.fixtures." + fixture);
    Dialect dialect = Dialects.forUrl(db.url());
    return new Migrator(ConnectionSource.of(db.url(), db.user(), db.password()), dialect, graph, LOADER, MigrationSettings.DEFAULTS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void offlineScriptGivesTheSameSchemaAsOnline(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
    try (TestDatabase online = TestDatabase.create(kind); TestDatabase offline = TestDatabase.create(kind)) {
      migrator(online, "shop").upgrade("a00000000003");
      String sql = script(offline.url(), "shop").upgrade("a00000000003");
      assertTrue(sql.contains("-- Running upgrade  -> a00000000001, Add product table"), sql);
      runWithClient(offline, sql, dir);
      assertEquals(SchemaDump.of(online), SchemaDump.of(offline));
      assertEquals(List.of("a00000000003"), migrator(offline, "shop").current());
      assertEquals(List.of(), migrator(offline, "shop").upgrade("a00000000003"), "the checksums the script recorded match");

      String down = script(offline.url(), "shop").downgrade("a00000000003:a00000000001");
      runWithClient(offline, down, dir);
      migrator(online, "shop").downgrade("a00000000001");
      assertEquals(SchemaDump.of(online), SchemaDump.of(offline));
      assertEquals(List.of("a00000000001"), migrator(offline, "shop").current());
    }
  }

  @Test
  void javaDataMigrationsCannotGoIntoAScript() {
    RetortException e = assertThrows(RetortException.class, () -> script("jdbc:postgresql://nowhere/db", "shop").upgrade("head"));
    assertTrue(e.getMessage().startsWith("Revision a00000000004 (io.retort.runtime.fixtures.shop.R0004_add_product_slug) runs "
        + "Java code (op.run(\"fill products.slug from name\")), which cannot be written into an SQL script"), e.getMessage());
  }

  @Test
  void downgradeNeedsARange() {
    RetortException e = assertThrows(RetortException.class, () -> script("jdbc:h2:mem:x", "shop").downgrade("base"));
    assertTrue(e.getMessage().startsWith("downgrade --sql needs a range FROM:TO"), e.getMessage());
  }

  @Test
  void rangesMustHaveBothEnds() {
    RetortException e = assertThrows(RetortException.class, () -> script("jdbc:h2:mem:x", "shop").upgrade("a00000000001:"));
    assertEquals("Malformed range 'a00000000001:': write FROM:TO, e.g. base:head or 1a2b:3c4d", e.getMessage());
  }

  /** psql for PostgreSQL, the mariadb client for MariaDB, JDBC statement by statement for H2. */
  private static void runWithClient(TestDatabase db, String sql, Path dir) throws Exception {
    Path file = Files.createTempFile(dir, "script", ".sql");
    Files.writeString(file, sql, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    switch (db.kind()) {
      case POSTGRESQL -> {
        String hostAndDb = db.url().substring("jdbc:postgresql://".length(), db.url().indexOf('?'));
        String host = hostAndDb.substring(0, hostAndDb.indexOf(':'));
        String port = hostAndDb.substring(hostAndDb.indexOf(':') + 1, hostAndDb.indexOf('/'));
        String database = hostAndDb.substring(hostAndDb.indexOf('/') + 1);
        command.addAll(List.of("psql", "-v", "ON_ERROR_STOP=1", "-q", "-h", host, "-p", port, "-U", db.user(), "-d", database,
            "-c", "SET search_path TO " + db.name(), "-f", file.toString()));
      }
      case MARIADB -> {
        String hostAndDb = db.url().substring("jdbc:mariadb://".length());
        String host = hostAndDb.substring(0, hostAndDb.indexOf(':'));
        String port = hostAndDb.substring(hostAndDb.indexOf(':') + 1, hostAndDb.indexOf('/'));
        command.addAll(List.of("sh", "-c", "mariadb -h " + host + " -P " + port + " -u " + db.user() + " " + db.name() + " < "
            + file));
      }
      case H2 -> {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
          for (String statement : sql.split(";\n")) {
            String trimmed = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
            if (!trimmed.isEmpty()) {
              s.execute(trimmed);
            }
          }
        }
        return;
      }
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("client.log").toFile())
        .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "client finished");
    assertEquals(0, process.exitValue(), () -> "client failed:\n" + read(dir.resolve("client.log").toFile()) + "\nscript:\n" + sql);
  }

  private static String read(File file) {
    try {
      return Files.readString(file.toPath());
    } catch (Exception e) {
      return e.toString();
    }
  }
}
