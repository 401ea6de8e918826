package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A project from the multidb template: both databases on real servers ({@code DATABASE_URL_<NAME>}),
 * the commands that run on each database, {@code --db}, and the commands that ask for it.
 */
class MultiDatabaseCommandsTest {
  @TempDir
  Path tmp;

  private Path app;

  @BeforeEach
  void multidbProjectWithEntities() throws Exception {
    TestProject.runIn(tmp, Map.of(), "init", "--template", "multidb", "app").succeeded();
    app = tmp.resolve("app");
    ProjectEntities.compile(app, ProjectEntities.WIDGET, ProjectEntities.PAGE_VIEW);
  }

  @ParameterizedTest(name = "main on {0}, analytics on {1}")
  @CsvSource({"POSTGRESQL, MARIADB", "MARIADB, POSTGRESQL"})
  void eachDatabaseOnItsOwnServer(Kind mainKind, Kind analyticsKind) throws Exception {
    try (ProjectDatabase main = ProjectDatabase.create(mainKind, tmp, "main");
        ProjectDatabase analytics = ProjectDatabase.create(analyticsKind, tmp, "analytics")) {
      Map<String, String> environment = new HashMap<>(main.environment("main"));
      environment.putAll(analytics.environment("analytics"));
      List<String> ids = MultiDatabaseFlow.autogenerateUpgradeAndCheck(app, environment, main, analytics);

      assertEquals(List.of("[main] " + ids.get(0) + " (head)", "[analytics] " + ids.get(1) + " (head)"),
          run(environment, "current").succeeded().outLines());

      assertEquals(List.of("Running downgrade " + ids.get(1) + " -> , Create page views"),
          run(environment, "--db", "analytics", "downgrade", "base").succeeded().outLines());
      assertEquals(Set.of(), analytics.versions());
      assertEquals(Set.of(ids.get(0)), main.versions());

      List<String> script = run(environment, "--db", "analytics", "upgrade", "head", "--sql").succeeded().outLines();
      String quote = analyticsKind == Kind.MARIADB ? "`" : "\"";
      assertTrue(script.contains("CREATE TABLE " + quote + "page_views" + quote + " ("), script::toString);
      assertTrue(script.stream().noneMatch(l -> l.startsWith("[")), script::toString);

      assertEquals(List.of("[analytics] Running upgrade  -> " + ids.get(1) + ", Create page views"),
          run(environment, "upgrade", "head").succeeded().outLines());
      assertEquals(List.of("Running stamp_revision " + ids.get(1) + " -> "),
          run(environment, "stamp", "base", "--db", "analytics").succeeded().outLines());
      assertEquals(Set.of(), analytics.versions());
      assertEquals(List.of("[main] Running stamp_revision " + ids.get(0) + " -> " + ids.get(0),
          "[analytics] Running stamp_revision  -> " + ids.get(1)), run(environment, "stamp", "head").succeeded().outLines());
      assertEquals(Set.of(ids.get(1)), analytics.versions());

      assertEquals(List.of("[main] Running downgrade " + ids.get(0) + " -> , Create widgets",
          "[analytics] Running downgrade " + ids.get(1) + " -> , Create page views"),
          run(environment, "downgrade", "base").succeeded().outLines());
      assertEquals(Set.of(), main.versions());
      assertTrue(!main.tables().contains("widgets"), main.tables()::toString);
    }
  }

  @Test
  void checkReportsTheDatabasesThatDifferOnce() throws Exception {
    try (ProjectDatabase main = ProjectDatabase.create(Kind.H2, tmp, "main");
        ProjectDatabase analytics = ProjectDatabase.create(Kind.H2, tmp, "analytics")) {
      Map<String, String> environment = new HashMap<>(main.environment("main"));
      environment.putAll(analytics.environment("analytics"));

      CliResult check = run(environment, "check");
      assertEquals("New upgrade operations detected: 1 in 'main', 1 in 'analytics' (differences between the entities and the "
          + "database); write them as a revision with 'autogen \"MESSAGE\" --db NAME'", check.failure());
      assertEquals(List.of("[main] Detected added table 'widgets'", "[analytics] Detected added table 'page_views'"),
          check.outLines());

      assertEquals("New upgrade operations detected: 1 in 'analytics' (differences between the entities and the database); "
          + "write them as a revision with 'autogen \"MESSAGE\" --db NAME'", run(environment, "--db", "analytics", "check").failure());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"revision -m Next", "merge -m Join heads", "history", "heads", "branches", "show head"})
  void commandsAboutRevisionsAskForTheDatabase(String command) {
    String name = command.split(" ")[0];
    assertEquals("This project has several databases (main, analytics) and 'retort " + name + "' works on one: choose it "
        + "with --db NAME, e.g. 'retort --db main " + name + " ...'", run(Map.of(), command.split(" ")).failure());
  }

  @Test
  void aScriptIsOneDatabases() {
    assertEquals("This project has several databases (main, analytics) and 'retort upgrade --sql' works on one: choose it "
        + "with --db NAME, e.g. 'retort --db main upgrade --sql ...'", run(Map.of(), "upgrade", "head", "--sql").failure());
    assertEquals("This project has several databases (main, analytics) and 'retort downgrade --sql' works on one: choose it "
        + "with --db NAME, e.g. 'retort --db main downgrade --sql ...'", run(Map.of(), "downgrade", "head:base", "--sql").failure());
  }

  @Test
  void unknownDatabaseIsOneFailedLineNamingTheDatabases() {
    assertEquals("Unknown database 'billing'; retort.properties declares main, analytics (databases=)",
        run(Map.of(), "--db", "billing", "current").failure());
    assertEquals("Unknown database 'Main'; retort.properties declares main, analytics (databases=)",
        run(Map.of(), "history", "--db", "Main").failure());
  }

  @Test
  void dbOnASingleDatabaseProjectIsRefused() {
    TestProject single = TestProject.create(tmp.resolve("single")).addChain();
    assertEquals("Database 'main' was asked for, but retort.properties declares no databases; drop --db, or declare several "
        + "with databases = NAME, ... (see 'retort init --template multidb')", single.run("--db", "main", "history").failure());
  }

  @Test
  void keyOfAnUndeclaredDatabaseIsRefused() throws Exception {
    Path config = app.resolve("retort.properties");
    Files.writeString(config, Files.readString(config) + "billing.url = jdbc:h2:mem:billing\n");
    assertEquals("Unknown key 'billing.url' in " + config + ": 'billing' is not a database listed in 'databases' (main, analytics)",
        run(Map.of(), "current").failure());
  }

  @Test
  void aFailureOnOneDatabaseNamesItAfterTheOthersRan() throws Exception {
    try (ProjectDatabase main = ProjectDatabase.create(Kind.H2, tmp, "main")) {
      Map<String, String> environment = new HashMap<>(main.environment("main"));
      environment.put("DATABASE_URL_ANALYTICS", "jdbc:nosuchdriver://nowhere");
      String id = RevisionCommandTest.idOf(run(environment, "--db", "main", "revision", "-m", "First").succeeded().outLines());

      CliResult upgrade = run(environment, "upgrade", "head");
      assertEquals(List.of("[main] Running upgrade  -> " + id + ", First"), upgrade.outLines());
      String failure = upgrade.failure();
      assertTrue(failure.startsWith("[analytics] "), failure);
      assertTrue(failure.contains("jdbc:nosuchdriver"), failure);
      assertEquals(Set.of(id), main.versions());
    }
  }

  private CliResult run(Map<String, String> environment, String... args) {
    return TestProject.runIn(app, environment, args);
  }
}
