package io.retort.runtime.api;

import io.retort.runtime.RetortException;
import io.retort.runtime.config.DatabaseUrl;
import io.retort.runtime.dialect.Dialect;
import io.retort.runtime.dialect.Dialects;
import io.retort.runtime.graph.RevisionGraph;
import io.retort.runtime.graph.RevisionInfo;
import io.retort.runtime.graph.RevisionScanner;
import io.retort.runtime.migrate.ConnectionSource;
import io.retort.runtime.migrate.MigrationListener;
import io.retort.runtime.migrate.MigrationSettings;
import io.retort.runtime.migrate.Migrator;
import io.retort.runtime.migrate.PartialRun;
import io.retort.runtime.migrate.Repaired;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Running migrations from an application, at start-up:
 * <pre>{@code
 * Retort.with(dataSource)
 *     .migrationsPackage("com.example.shop.migrations")
 *     .upgrade("head");
 * }</pre>
 * The revision graph is read from the package's annotations once, when first needed.
 */
public final class Retort {
  private final ConnectionSource connections;
  private String migrationsPackage;
  private ClassLoader classLoader = Retort.class.getClassLoader();
  private MigrationSettings settings = MigrationSettings.DEFAULTS;
  private MigrationListener listener = MigrationListener.SILENT;
  private Dialect dialect;
  private Migrator migrator;

  private Retort(ConnectionSource connections) {
    this.connections = connections;
  }

  public static Retort with(DataSource dataSource) {
    return new Retort(ConnectionSource.of(Objects.requireNonNull(dataSource, "dataSource")));
  }

  /**
   * A database by URL: a JDBC URL, or one as hosting platforms give it
   * ({@code postgres://USER:PASSWORD@HOST:PORT/DATABASE?PARAMS}, {@code mysql://...}; see
   * {@link DatabaseUrl}), e.g. {@code Retort.with(System.getenv("DATABASE_URL"), null, null)}.
   *
   * @param user the user, or null for the one in the URL (or the driver's default)
   * @param password the password, or null for the one in the URL (or none)
   * @throws RetortException when the URL is not one Retort can read
   */
  public static Retort with(String url, String user, String password) {
    DatabaseUrl parsed = DatabaseUrl.parse(url, "The URL given to Retort.with");
    Retort retort = new Retort(ConnectionSource.of(parsed.jdbcUrl(), user != null ? user : parsed.user(),
        password != null ? password : parsed.password()));
    retort.dialect = Dialects.forUrl(parsed.jdbcUrl());
    return retort;
  }

  /** The package the revision classes are in. Required. */
  public Retort migrationsPackage(String packageName) {
    this.migrationsPackage = packageName;
    return this;
  }

  /** The loader that sees the revision classes (default: the one that loaded Retort). */
  public Retort classLoader(ClassLoader loader) {
    this.classLoader = loader;
    return this;
  }

  public Retort versionTable(String table) {
    this.settings = settings.withVersionTable(table);
    return this;
  }

  public Retort transactionPerMigration(boolean perMigration) {
    this.settings = settings.withTransactionPerMigration(perMigration);
    return this;
  }

  public Retort settings(MigrationSettings newSettings) {
    this.settings = newSettings;
    return this;
  }

  /** Told about each revision as it runs, e.g. for logging. */
  public Retort listener(MigrationListener newListener) {
    this.listener = newListener;
    return this;
  }

  /** Applies what {@code target} needs ({@code "head"} for everything); returns what ran. */
  public List<RevisionInfo> upgrade(String target) {
    return migrator().upgrade(target);
  }

  public List<RevisionInfo> downgrade(String target) {
    return migrator().downgrade(target);
  }

  /** The heads the database is at. */
  public List<String> current() {
    return migrator().current();
  }

  /** The revisions not applied yet, in the order an upgrade runs them; changes nothing. */
  public List<RevisionInfo> pending() {
    return migrator().pending();
  }

  /** The checksums recorded when revisions were applied, by revision id. */
  public Map<String, String> recordedChecksums() {
    return migrator().recordedChecksums();
  }

  /** The checksum of a revision's code as it is now (equal to the recorded one unless edited since). */
  public String checksum(String revisionId) {
    return migrator().checksum(revisionId);
  }

  /**
   * Checks without changing anything that the database is at known revisions, that no applied
   * revision was edited since, and that no revision stopped part-way; throws a {@link RetortException} naming the problem otherwise.
   */
  public void verify() {
    migrator().verify();
  }

  /**
   * The revision that stopped part-way outside a transaction (failed, cancelled, killed, connection
   * dropped), as recorded in the progress table; empty when none is. While one is recorded, upgrade
   * and downgrade refuse.
   */
  public Optional<PartialRun> partialRun() {
    return migrator().partialRun();
  }

  /**
   * {@code retort repair --resume}: runs the remaining statements of the recorded revision and records
   * it as applied; empty when nothing is recorded.
   */
  public Optional<Repaired> resume() {
    return migrator().resume();
  }

  /**
   * {@code retort repair --clear}: forgets the recorded partial run after its statements were undone
   * by hand; empty when nothing is recorded.
   */
  public Optional<Repaired> clearPartialRun() {
    return migrator().clearPartialRun();
  }

  /** The revision graph of the migrations package. */
  public RevisionGraph graph() {
    return migrator().graph();
  }

  private Migrator migrator() {
    if (migrator == null) {
      if (migrationsPackage == null) {
        throw new RetortException("Retort needs migrationsPackage(...): the package your revision classes are in");
      }
      RevisionGraph graph = RevisionScanner.scan(classLoader, migrationsPackage);
      migrator = new Migrator(connections, dialect(), graph, classLoader, settings).listener(listener);
    }
    return migrator;
  }

  private Dialect dialect() {
    if (dialect == null) {
      try (Connection c = connections.open()) {
        dialect = Dialects.forUrl(c.getMetaData().getURL());
      } catch (SQLException e) {
        throw new RetortException("Could not connect to the database: " + e.getMessage(), e);
      }
    }
    return dialect;
  }
}
