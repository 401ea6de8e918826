package io.retort.autogen.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retort.autogen.testentities.shop.Product;
import io.retort.runtime.schema.Column;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Scans the test entity packages for a database kind. No database is contacted: the URL only picks the dialect. */
final class Scans {
  static final String TEST_ENTITIES = "io.retort.autogen.testentities";

  private Scans() {
  }

  /** The directory the test classes were compiled to. */
  static Path testClasses() {
    try {
      return Path.of(Product.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A URL of the kind's database; the scanner never connects to it. */
  static String url(Kind kind) {
    return switch (kind) {
      case H2 -> "jdbc:h2:mem:scanner";
      case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:5432/test";
      case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/test";
    };
  }

  /** A request for one scenario package, e.g. {@code "shop"}. */
  static ScanRequest request(String scenario, Kind kind, Map<String, String> hibernateSettings) {
    return new ScanRequest(Scans.class.getClassLoader(), List.of(testClasses()), List.of(TEST_ENTITIES + "." + scenario),
        url(kind), hibernateSettings);
  }

  static SchemaModel scan(String scenario, Kind kind) {
    return EntityScanner.scan(request(scenario, kind, Map.of()));
  }

  static SchemaModel scan(String scenario, Kind kind, Map<String, String> hibernateSettings) {
    return EntityScanner.scan(request(scenario, kind, hibernateSettings));
  }

  static Table table(SchemaModel model, String name) {
    return model.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + model.tables().keySet()));
  }

  static Column column(Table table, String name) {
    return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()
        + ": " + table.columns().stream().map(Column::name).toList()));
  }

  /** The model has exactly these tables (names as {@link io.retort.runtime.schema.Names#key} gives them). */
  static void assertTables(SchemaModel model, String... keys) {
    assertEquals(new TreeSet<>(List.of(keys)), new TreeSet<>(model.tables().keySet()));
  }
}
