package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The errors of the catalogue ({@code docs/errors.md}), each provoked through the real command line:
 * one {@code FAILED:} line with the catalogued message and exit 1 ({@link CliResult#failure()}), no
 * stack trace, and the database in the state the catalogue (and the message) says: unchanged, or,
 * when SQL fails half-way on a database that commits each DDL statement, changed exactly as the
 * message says. {@code ErrorsCatalogueTest} checks that each entry names one of these tests and
 * that its message is the one asserted here.
 */
class ErrorCasesTest {
  @TempDir
  Path tmp;

  /** What a database holds: its tables and, when there is a version table, the revisions it records. */
  private record State(Set<String> tables, Set<String> versions) {
    static State of(ProjectDatabase database) throws SQLException {
      Set<String> tables = database.tables();
      return new State(tables, tables.contains("retort_version") ? database.versions() : Set.of());
    }
  }

  // ----- configuration

  @Test
  void missingConfiguration() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    String failure = TestProject.runIn(elsewhere, Map.of(), "history").failure();
    assertEquals("No retort.properties in " + elsewhere + ": run the command from your project directory, pass --config FILE, "
        + "or create one with 'retort init DIR'", failure);
  }

  @Test
  void unknownConfigurationKey() {
    TestProject project = TestProject.create(tmp).config("""
        script_location = src/main/java/shop/migrations
        migrations_pakage = shop.migrations
        """);
    String failure = project.run("history").failure();
    assertTrue(failure.startsWith("Unknown key 'migrations_pakage' in " + tmp.resolve("retort.properties")
        + "; did you mean 'migrations_package'? (known keys: "), failure);
    assertTrue(failure.endsWith(")"), failure);
  }

  @Test
  void noDatabaseUrl() {
    TestProject project = TestProject.create(tmp).addChain().config("""
        script_location = src/main/java/shop/migrations
        migrations_package = shop.migrations
        """);
    assertEquals("No database URL: set DATABASE_URL (a JDBC URL, or postgres://USER:PASSWORD@HOST:PORT/DATABASE, mysql://... as "
        + "hosting platforms give it) or url= in retort.properties", project.run("current").failure());
  }

  @Test
  void unsupportedDatabaseUrl() {
    TestProject project = TestProject.create(tmp).addChain().env("DATABASE_URL", "jdbc:sqlserver://127.0.0.1:1");
    assertEquals("Unsupported database URL 'jdbc:sqlserver://127.0.0.1:1': Retort speaks jdbc:postgresql:, jdbc:mariadb:, "
        + "jdbc:mysql: and jdbc:h2: URLs", project.run("upgrade", "head").failure());
  }

  @Test
  void usageError() {
    CliResult result = TestProject.create(tmp).run("upgrade", "head", "--bogus");
    assertEquals("Unknown option: '--bogus'", result.usageError());
    assertTrue(result.err().contains("Usage: retort upgrade"), result.err());
  }

  // ----- the database cannot be used

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void unreachableDatabase(TestDatabase.Kind kind) {
    String url = (kind == TestDatabase.Kind.POSTGRESQL ? "jdbc:postgresql" : "jdbc:mariadb") + "://127.0.0.1:1/nowhere";
    String failure = TestProject.create(tmp).addChain().env("DATABASE_URL", url).env("DATABASE_USER", "app")
        .run("upgrade", "head").failure();
    assertTrue(failure.startsWith("Could not connect to " + url + ": "), failure);
    assertTrue(failure.endsWith(" (check url in retort.properties or DATABASE_URL, and that the database is running)"), failure);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void wrongCredentials(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp.resolve("project")).addChain()
          .env("DATABASE_URL", database.url()).env("DATABASE_USER", "retort_nobody").env("DATABASE_PASSWORD", "not-the-password");

      String failure = project.run("upgrade", "head").failure();
      assertTrue(failure.startsWith("Could not connect to " + database.url() + ": "), failure);
      assertTrue(failure.endsWith(" (check url in retort.properties or DATABASE_URL, and that the database is running)"), failure);
      String refusal = kind == TestDatabase.Kind.POSTGRESQL ? "role \"retort_nobody\" does not exist" : "Access denied for user 'retort_nobody'";
      assertTrue(failure.contains(refusal), failure);
      assertFalse(failure.contains("not-the-password"), "the password is never shown: " + failure);
      assertEquals(new State(Set.of(), Set.of()), State.of(database), "nothing was created");
    }
  }

  // ----- targets and revisions

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = "H2")
  void unknownRevision(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp.resolve("project")).addChain().database(database);
      assertEquals("Can't locate revision identified by 'abc'; 'retort history' lists the revisions", project.run("show", "abc").failure());
      assertEquals("Can't locate revision identified by 'abc'; 'retort history' lists the revisions",
          project.run("upgrade", "abc").failure());
      assertEquals("Can't locate revision identified by 'abc'; 'retort history' lists the revisions", project.run("stamp", "abc").failure());
      assertEquals(new State(Set.of(), Set.of()), State.of(database), "a new database stays empty: not even the version table");
    }
  }

  @Test
  void ambiguousRevision() {
    TestProject project = TestProject.create(tmp).addChain();
    project.run("revision", "-m", "Twin", "--rev-id", "1111aaaa0002").succeeded();
    assertEquals("Ambiguous revision '1111aaaa': it is a prefix of 1111aaaa0001, 1111aaaa0002; type more characters",
        project.run("show", "1111aaaa").failure());
  }

  @Test
  void malformedTarget() {
    assertEquals("Malformed relative revision '+x': write +N or -N with N a whole number (e.g. +1, -2, shop@+1)",
        TestProject.create(tmp).addChain().run("upgrade", "+x").failure());
  }

  @Test
  void cycleInTheGraph() {
    String failure = TestProject.create(tmp).add("broken/R5555eeee0005_cycle_a", "broken/R6666ffff0006_cycle_b").run("heads").failure();
    assertTrue(failure.matches("The revision graph has a cycle through (5555eeee0005|6666ffff0006) -> \\S+ -> \\1: a revision "
        + "cannot revise its own descendant; fix the revises/dependsOn of one of them"), failure);
  }

  @Test
  void duplicateRevisionId() {
    String failure = TestProject.create(tmp).addChain().add("broken/R1111aaaa0001_copy").run("history").failure();
    assertTrue(failure.matches("Duplicate revision id 1111aaaa0001 in shop\\.migrations\\.R1111aaaa0001_\\w+ and "
        + "shop\\.migrations\\.R1111aaaa0001_\\w+: give one of them a new id \\(ids must be unique\\)"), failure);
    assertTrue(failure.contains("R1111aaaa0001_copy") && failure.contains("R1111aaaa0001_create_products"), failure);
  }

  @Test
  void missingParent() {
    assertEquals("Revision 7777aaaa0007 (shop.migrations.R7777aaaa0007_orphan) revises 0000deadbeef, which does not exist: "
        + "restore that revision or fix the annotation",
        TestProject.create(tmp).add("broken/R7777aaaa0007_orphan").run("history").failure());
  }

  @Test
  void revisionThatDoesNotCompile() {
    String failure = TestProject.create(tmp).addChain().add("broken/R8888bbbb0008_broken").run("history").failure();
    String source = "src/main/java/shop/migrations/R8888bbbb0008_broken.java";
    assertTrue(failure.startsWith("Revision source " + source + ":"), failure);
    assertTrue(failure.contains(" does not compile: cannot find symbol"), failure);
    assertTrue(failure.endsWith("; fix it and run the command again"), failure);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = "H2")
  void severalHeadsForHead(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp.resolve("project")).addBranches().database(database);
      String expected = "Multiple head revisions are present for given argument 'head' (3333cccc0003, 4444dddd0004); please "
          + "specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads; or "
          + "merge them with 'retort merge -m MESSAGE heads'";
      assertEquals(expected, project.run("upgrade", "head").failure());
      assertEquals(new State(Set.of(), Set.of()), State.of(database), "a new database stays empty: not even the version table");

      project.run("upgrade", "1111aaaa0001").succeeded();
      State before = State.of(database);
      assertEquals(expected, project.run("upgrade", "head").failure());
      assertEquals(before, State.of(database));
    }
  }

  @Test
  void severalHeadsForANewRevision() throws Exception {
    TestProject project = TestProject.create(tmp).addBranches();
    assertEquals("Multiple heads are present; please specify the head revision on which the new revision should be based, or "
        + "perform a merge. Heads: 3333cccc0003, 4444dddd0004; e.g. 'retort revision -m MSG --head 3333cccc0003' or "
        + "'retort merge -m MSG heads'", project.run("revision", "-m", "More").failure());
    try (Stream<Path> files = Files.list(project.versions())) {
      assertEquals(4, files.count(), "no revision was written");
    }
  }

  // ----- the database and the revisions disagree

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = "H2")
  void databaseNotAtHead(TestDatabase.Kind kind) throws Exception {
    TestProject.runIn(tmp, Map.of(), "init", "app").succeeded();
    Path app = tmp.resolve("app");
    ProjectEntities.compile(app, ProjectEntities.WIDGET);
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      String id = RevisionCommandTest.idOf(TestProject.runIn(app, database.environment(), "revision", "--autogenerate", "-m",
          "Create widgets").succeeded().outLines());
      State before = State.of(database);

      assertEquals("Target database is not up to date: it is at base (no revision applied), the revisions end at " + id
          + "; run 'retort upgrade head' first",
          TestProject.runIn(app, database.environment(), "revision", "--autogenerate", "-m", "Again").failure());
      assertEquals(before, State.of(database));
      try (Stream<Path> files = Files.list(app.resolve("src/main/java/db/migrations"))) {
        assertEquals(1, files.filter(f -> f.toString().endsWith(".java")).count(), "no revision was written");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = "H2")
  void databaseAtAnUnknownRevision(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp.resolve("project")).addChain().database(database);
      project.run("upgrade", "head").succeeded();
      Files.delete(project.sourceOf("3333cccc0003"));
      State before = State.of(database);

      assertEquals("The database is at revision 3333cccc0003, which is not among the revisions of this project: restore its "
          + "file, or if it was removed on purpose, 'retort stamp' the database to a known revision",
          project.run("upgrade", "head").failure());
      assertEquals(before, State.of(database));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = "H2")
  void unmappableEntity(TestDatabase.Kind kind) throws Exception {
    TestProject.runIn(tmp, Map.of(), "init", "app").succeeded();
    Path app = tmp.resolve("app");
    ProjectEntities.compile(app, """
        package com.example.model;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "broken")
        public class Broken {
          private String nothingIdentifiesMe;
        }
        """);
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      State before = State.of(database);
      String failure = TestProject.runIn(app, database.environment(), "revision", "--autogenerate", "-m", "Broken").failure();
      assertTrue(failure.startsWith("Cannot map entity com.example.model.Broken: "), failure);
      assertTrue(failure.contains("identifier"), "Hibernate's reason follows: " + failure);
      assertEquals(before, State.of(database));
      assertFalse(Files.exists(app.resolve("src/main/java/db/migrations")) && hasRevision(app.resolve("src/main/java/db/migrations")),
          "no revision was written");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.Kind.class, names = "H2")
  void editedRevision(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp.resolve("project")).addChain().database(database);
      project.run("upgrade", "head").succeeded();
      Path source = project.sourceOf("1111aaaa0001");
      Files.writeString(source, Files.readString(source).replace("op.createTable(\"products\"", "op.createTable(\"goods\""));
      Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 2000));
      State before = State.of(database);

      assertEquals("Revision 1111aaaa0001 (Create products) was edited after it was applied: its upgrade() no longer records the "
          + "operations it ran. Revert the edit and put the change in a new revision ('retort revision -m ...'); if the edit is "
          + "intended, 'retort stamp 1111aaaa0001' records the new checksum", project.run("upgrade", "head").failure());
      assertEquals(before, State.of(database));
    }
  }

  // ----- SQL that fails

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  void sqlThatFails(TestDatabase.Kind kind) throws Exception {
    try (ProjectDatabase database = ProjectDatabase.create(kind, tmp)) {
      TestProject project = TestProject.create(tmp.resolve("project")).addChain().database(database);
      project.run("upgrade", "head").succeeded();
      project.add("broken/R9999dddd0009_create_tags");
      State before = State.of(database);

      String failure = project.run("upgrade", "head").failure();
      assertTrue(failure.matches("Upgrade 3333cccc0003 -> 9999dddd0009 \\(Create tags\\) failed at statement (\\d+) of \\1: "
          + "INSERT INTO no_such_table \\(id\\) VALUES \\(1\\): .+"), failure);
      int failed = Integer.parseInt(failure.replaceFirst(".* failed at statement (\\d+) of .*", "$1"));
      if (kind == TestDatabase.Kind.POSTGRESQL) {
        assertTrue(failure.endsWith(". Its transaction was rolled back; the database is at 3333cccc0003."), failure);
        assertEquals(before, State.of(database), "the transaction was rolled back");
      } else {
        String applied = failed == 2 ? "statement 1" : "statements 1-" + (failed - 1);
        assertTrue(failure.contains(". " + (kind == TestDatabase.Kind.H2 ? "h2" : "mariadb") + " commits each DDL statement, so "
            + applied + " of this revision stayed applied; the version table still shows 3333cccc0003. Retort recorded this in "
            + "retort_version_progress and will not run the revision again blindly: fix the revision and run 'retort repair "
            + "--resume' to run "), failure);
        assertTrue(failure.endsWith(", or undo " + applied + " by hand and run 'retort repair --clear'."), failure);
        Set<String> changed = new TreeSet<>(before.tables());
        changed.add("tags");
        changed.add("retort_version_progress");
        assertEquals(new State(changed, before.versions()), State.of(database), "what the message says stayed applied, nothing else");
      }
    }
  }

  private static boolean hasRevision(Path versions) throws Exception {
    try (Stream<Path> files = Files.list(versions)) {
      return files.anyMatch(f -> f.getFileName().toString().matches("R\\w+\\.java"));
    }
  }
}
