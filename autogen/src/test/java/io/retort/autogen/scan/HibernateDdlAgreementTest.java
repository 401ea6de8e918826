package io.retort.autogen.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.schema.ForeignKey;
import io.retort.runtime.schema.Index;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.SchemaModel;
import io.retort.runtime.schema.Table;
import io.retort.runtime.schema.UniqueConstraint;
import io.retort.runtime.testing.TestDatabase.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.tool.schema.spi.DelayedDropRegistryNotAvailableImpl;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model holds what Hibernate's own schema export would create: the same tables, and the same
 * names for foreign keys, named unique constraints, indexes and sequences. The export is Hibernate's
 * create script, written offline for each scenario and dialect.
 */
class HibernateDdlAgreementTest {
  private static final Pattern CREATE_TABLE = Pattern.compile("^create table (\\S+) \\(");
  private static final Pattern FOREIGN_KEY = Pattern.compile(" add constraint (\\S+) foreign key ");
  private static final Pattern NAMED_UNIQUE = Pattern.compile("constraint (\\S+) unique \\(");
  private static final Pattern INDEX = Pattern.compile("^create (?:unique )?index (\\S+) on ");
  private static final Pattern SEQUENCE = Pattern.compile("^create sequence (\\S+) ");

  @TempDir
  Path dir;

  static Stream<Arguments> scenarios() {
    Map<String, String> quoted = Map.of("hibernate.globally_quoted_identifiers", "true");
    return Stream.of(Kind.values()).flatMap(kind -> Stream.of(
        Arguments.of("shop", Map.of(), kind),
        Arguments.of("ids", Map.of(), kind),
        Arguments.of("inheritance", Map.of(), kind),
        Arguments.of("types", Map.of(), kind),
        Arguments.of("schema", Map.of(), kind),
        Arguments.of("naming", quoted, kind)));
  }

  @ParameterizedTest(name = "{0} {1} on {2}")
  @MethodSource("scenarios")
  void modelAgreesWithHibernatesCreateScript(String scenario, Map<String, String> settings, Kind kind) throws IOException {
    ScanRequest request = Scans.request(scenario, kind, settings);
    SchemaModel model = EntityScanner.scan(request);
    List<String> script = createScript(request);

    assertEquals(names(script, CREATE_TABLE, Function.identity()), keys(model.tables().values().stream().map(Table::name)),
        "tables");
    assertEquals(names(script, FOREIGN_KEY, Function.identity()),
        keys(tables(model).flatMap(table -> table.foreignKeys().stream()).map(ForeignKey::name)), "foreign keys");
    Set<String> uniqueNames = keys(tables(model).flatMap(table -> table.uniqueConstraints().stream()).map(UniqueConstraint::name));
    Set<String> emittedUniqueNames = names(script, NAMED_UNIQUE, Function.identity());
    if (kind == Kind.MARIADB) {
      assertEquals(emittedUniqueNames, uniqueNames, "MariaDB's script names every unique constraint");
    } else {
      assertTrue(uniqueNames.containsAll(emittedUniqueNames), "unique constraints " + emittedUniqueNames + " in " + uniqueNames);
    }
    assertEquals(names(script, INDEX, HibernateDdlAgreementTest::withoutQualifier),
        keys(tables(model).flatMap(table -> table.indexes().stream()).map(Index::name)), "indexes");
    assertEquals(names(script, SEQUENCE, Function.identity()),
        keys(model.sequences().values().stream().map(io.retort.runtime.schema.Sequence::name)), "sequences");
  }

  /** Hibernate's create script for the request, one statement per line, written without a connection. */
  private List<String> createScript(ScanRequest request) throws IOException {
    Path script = dir.resolve("create.sql");
    Map<String, Object> settings = OfflineSettings.forTarget(TargetDialect.forUrl(request.jdbcUrl()), request.hibernateSettings());
    try (OfflineMetadata boot = OfflineMetadata.build(request.loader(), EntityScanner.findClasses(request), settings,
        request.packages())) {
      Map<String, Object> export = new HashMap<>(Map.of(
          "jakarta.persistence.schema-generation.scripts.action", "create",
          "jakarta.persistence.schema-generation.scripts.create-target", script.toString()));
      SchemaManagementToolCoordinator.process(boot.metadata(), registryOf(boot), export,
          DelayedDropRegistryNotAvailableImpl.INSTANCE);
    }
    return Files.readAllLines(script);
  }

  private static org.hibernate.service.ServiceRegistry registryOf(OfflineMetadata boot) {
    return ((org.hibernate.boot.spi.MetadataImplementor) boot.metadata()).getMetadataBuildingOptions().getServiceRegistry();
  }

  private static Stream<Table> tables(SchemaModel model) {
    return model.tables().values().stream();
  }

  /** What {@code pattern} captures in the script, in the model's spelling ({@code "Quoted"}), as comparison keys. */
  private static Set<String> names(List<String> script, Pattern pattern, Function<String, String> adjust) {
    Set<String> names = new TreeSet<>();
    for (String line : script) {
      Matcher matcher = pattern.matcher(line);
      while (matcher.find()) {
        names.add(Names.key(modelSpelling(adjust.apply(matcher.group(1)))));
      }
    }
    return names;
  }

  private static Set<String> keys(Stream<String> names) {
    return names.map(Names::key).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }

  /** {@code `Name`} (MariaDB) and {@code "Name"} become {@code "Name"}, part by part. */
  private static String modelSpelling(String ddlName) {
    return String.join(".", Arrays.stream(ddlName.split("\\."))
        .map(part -> part.startsWith("`") ? '"' + part.substring(1, part.length() - 1) + '"' : part).toList());
  }

  /** H2 writes {@code create index inventory.ix_... on}: the index name is the last part. */
  private static String withoutQualifier(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
