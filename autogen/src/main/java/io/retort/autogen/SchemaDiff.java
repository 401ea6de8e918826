package io.retort.autogen;

import io.retort.autogen.compare.Comparison;
import io.retort.autogen.compare.ComparisonOptions;
import io.retort.autogen.compare.SchemaComparator;
import io.retort.autogen.introspect.DatabaseIntrospector;
import io.retort.autogen.introspect.TableFilter;
import io.retort.autogen.scan.EntityModel;
import io.retort.autogen.scan.EntityScanner;
import io.retort.autogen.scan.ScanRequest;
import io.retort.runtime.RetortException;
import io.retort.runtime.config.RetortConfig;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.migrate.ConnectionSource;
import io.retort.runtime.migrate.VersionTable;
import io.retort.runtime.schema.Names;
import io.retort.runtime.schema.SchemaModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * The heart of autogenerate and {@code check}: the project's entities (scanned without a database)
 * against the live database (introspected), compared with the project's settings
 * ({@code compare_type}, {@code compare_server_default}, table filters, naming convention) and the
 * renames the user confirmed.
 */
public final class SchemaDiff {
  private final RetortConfig config;
  private final String url;
  private final Predicate<String> includeTable;
  private final Dialect dialect;
  private final ConnectionSource connections;
  private final ClassLoader loader;
  private final List<Path> classpath;
  /** Tables another tool owns that are never compared, besides the config's: Flyway's history table. */
  private final List<String> otherToolsTables;

  /**
   * @param config the project's settings
   * @param dialect the database's dialect
   * @param connections the database
   * @param loader loads the project's classes (entities, converters)
   * @param classpath where the entity classes are, for scanning
   */
  public SchemaDiff(RetortConfig config, Dialect dialect, ConnectionSource connections, ClassLoader loader,
      List<Path> classpath) {
    this(config, config.url(), table -> true, dialect, connections, loader, classpath);
  }

  /**
   * @param config the project's settings
   * @param url the database's URL (it chooses the dialect Hibernate maps the entities for)
   * @param includeTable which tables to compare, on top of the config's include/exclude lists (a
   *     {@link io.retort.runtime.api.RetortHook}'s {@code includeTable})
   * @param dialect the database's dialect
   * @param connections the database
   * @param loader loads the project's classes (entities, converters)
   * @param classpath where the entity classes are, for scanning
   */
  public SchemaDiff(RetortConfig config, String url, Predicate<String> includeTable, Dialect dialect,
      ConnectionSource connections, ClassLoader loader, List<Path> classpath) {
    this(config, url, includeTable, dialect, connections, loader, classpath, List.of());
  }

  private SchemaDiff(RetortConfig config, String url, Predicate<String> includeTable, Dialect dialect,
      ConnectionSource connections, ClassLoader loader, List<Path> classpath, List<String> otherToolsTables) {
    this.config = config;
    this.url = url;
    this.includeTable = includeTable;
    this.dialect = dialect;
    this.connections = connections;
    this.loader = loader;
    this.classpath = List.copyOf(classpath);
    this.otherToolsTables = List.copyOf(otherToolsTables);
  }

  /**
   * This comparison, also leaving out {@code tables} as Retort's own version tables are left out:
   * tables of another migration tool ({@code flyway_schema_history}) that the entities never describe.
   */
  public SchemaDiff ignoring(List<String> tables) {
    List<String> ignored = new ArrayList<>(otherToolsTables);
    ignored.addAll(tables);
    return new SchemaDiff(config, url, includeTable, dialect, connections, loader, classpath, ignored);
  }

  /** The entities as a schema for the database's dialect, with their rename hints. */
  public EntityModel target() {
    List<String> packages = config.entityPackages();
    if (packages.isEmpty()) {
      throw new RetortException("'entity_packages' is not set in " + RetortConfig.FILE_NAME
          + ": list the packages of your @Entity classes, comma-separated");
    }
    EntityModel entities = EntityScanner.scanEntities(new ScanRequest(loader, classpath, packages, url, config.hibernateSettings()));
    return new EntityModel(included(entities.schema()), entities.renameHints());
  }

  /** The live database's own schema, without Retort's own tables. */
  public SchemaModel current() {
    return current(List.of());
  }

  /**
   * The live database, without Retort's own tables: its own schema, and the other schemas given
   * (the ones the entities name with {@code @Table(schema = ...)}), whose tables come qualified.
   */
  public SchemaModel current(Collection<String> otherSchemas) {
    List<String> exclude = new ArrayList<>(config.excludeTables());
    exclude.add(VersionTable.checksumTableOf(config.versionTable()));
    exclude.add(VersionTable.progressTableOf(config.versionTable()));
    exclude.addAll(otherToolsTables);
    TableFilter filter = new TableFilter(config.includeTables(), exclude);
    try (Connection connection = connections.open()) {
      return included(new DatabaseIntrospector(dialect, config.versionTable(), filter).read(connection, otherSchemas));
    } catch (SQLException e) {
      throw new RetortException("Could not read the database: " + e.getMessage(), e);
    }
  }

  /**
   * The changes that bring the database to the entities.
   *
   * @param renames renames confirmed on the command line ({@code products.title -> name}), on top of
   *     those the entities declare with {@link io.retort.runtime.api.RenamedFrom} (the command line wins)
   */
  public Comparison compare(Map<String, String> renames) {
    return compare(renames, () -> { });
  }

  /**
   * The changes that bring the database to the entities, reading the entities (Hibernate's boot, on
   * a thread of its own) while this thread runs {@code first} and reads the database: the two are
   * independent until they are compared, and each takes about as long as the other.
   *
   * @param first runs before the database is read, e.g. the check that the database is at head; a
   *     failure there ends the comparison
   */
  public Comparison compare(Map<String, String> renames, Runnable first) {
    ExecutorService background = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "retort-entities");
      thread.setDaemon(true);
      return thread;
    });
    EntityModel target;
    SchemaModel current;
    try {
      Future<EntityModel> entities = background.submit(() -> Timings.time("read the entities", this::target));
      first.run();
      current = Timings.time("read the database", () -> current(List.of()));
      target = result(entities);
    } finally {
      background.shutdown();
    }
    Set<String> otherSchemas = schemasOf(target.schema());
    if (!otherSchemas.isEmpty()) {
      current = current(otherSchemas);
    }
    Map<String, String> confirmed = new LinkedHashMap<>(target.renameHints());
    confirmed.putAll(renames);
    return new SchemaComparator(dialect, options(confirmed)).compare(current, target.schema());
  }

  /** What the entities' thread returned, or its failure as it was thrown there. */
  private static EntityModel result(Future<EntityModel> entities) {
    try {
      return entities.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetortException("Interrupted while reading the entities", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new RetortException("Reading the entities failed: " + e.getCause(), e.getCause());
    }
  }

  /** The model without the tables {@code includeTable} leaves out. */
  private SchemaModel included(SchemaModel model) {
    return SchemaModel.of(model.tables().values().stream().filter(t -> includeTable.test(t.name())).toList(),
        model.sequences().values());
  }

  /** The schemas the model's qualified table and sequence names name. */
  private static Set<String> schemasOf(SchemaModel model) {
    Set<String> schemas = new TreeSet<>();
    model.tables().values().forEach(t -> addSchema(schemas, t.name()));
    model.sequences().values().forEach(s -> addSchema(schemas, s.name()));
    return schemas;
  }

  private static void addSchema(Set<String> schemas, String name) {
    String schema = Names.schemaOf(name);
    if (schema != null) {
      schemas.add(schema);
    }
  }

  private ComparisonOptions options(Map<String, String> renames) {
    List<String> exclude = new ArrayList<>(config.excludeTables());
    exclude.add(VersionTable.checksumTableOf(config.versionTable()));
    exclude.add(VersionTable.progressTableOf(config.versionTable()));
    exclude.addAll(otherToolsTables);
    return ComparisonOptions.defaults()
        .withCompareType(config.compareType())
        .withCompareServerDefault(config.compareServerDefault())
        .withIncludeTables(config.includeTables())
        .withExcludeTables(exclude)
        .withVersionTable(config.versionTable())
        .withNamingConvention(config.settings().naming())
        .withRenames(new LinkedHashMap<>(renames));
  }
}
