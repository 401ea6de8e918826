package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code upgrade --sql} and {@code downgrade --sql}: the script on stdout and nothing else, with no connection. */
class OfflineScriptCommandTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:h2:tcp://127.0.0.1:1/nowhere", "jdbc:postgresql://127.0.0.1:1/nowhere",
      "jdbc:mariadb://127.0.0.1:1/nowhere"})
  void upgradeHeadFromAnEmptyHistoryIncludesTheVersionTable(String unreachableUrl) {
    TestProject project = TestProject.create(tmp).addChain().env("DATABASE_URL", unreachableUrl);

    String script = project.run("upgrade", "head", "--sql").succeeded().out();
    String upper = script.toUpperCase(Locale.ROOT);
    assertTrue(upper.contains("CREATE TABLE IF NOT EXISTS") && upper.contains("RETORT_VERSION"), script);
    assertTrue(script.contains("-- Running upgrade  -> 1111aaaa0001, Create products"), script);
    assertTrue(upper.contains("CREATE TABLE") && upper.contains("PRODUCTS"), script);
    assertTrue(upper.contains("CATEGORIES"), script);
    assertTrue(script.contains("'3333cccc0003'"), script);
    assertTrue(script.lines().noneMatch(l -> l.startsWith("Running ")), "progress lines stay out of the script");
  }

  @Test
  void upgradeRangeStartsWhereItIsTold() {
    TestProject project = TestProject.create(tmp).addChain();

    String script = project.run("upgrade", "1111:head", "--sql").succeeded().out();
    assertFalse(script.contains("-- Running upgrade  -> 1111aaaa0001"), script);
    assertTrue(script.contains("-- Running upgrade 1111aaaa0001 -> 2222bbbb0002, Add product description"), script);
    assertTrue(script.contains("-- Running upgrade 2222bbbb0002 -> 3333cccc0003, Create categories"), script);
  }

  @Test
  void downgradeNeedsARangeAndWritesItNewestFirst() {
    TestProject project = TestProject.create(tmp).addChain();

    String script = project.run("downgrade", "head:1111", "--sql").succeeded().out();
    int categories = script.indexOf("-- Running downgrade 3333cccc0003 -> 2222bbbb0002, Create categories");
    int description = script.indexOf("-- Running downgrade 2222bbbb0002 -> 1111aaaa0001, Add product description");
    assertTrue(categories >= 0 && description > categories, script);
    assertFalse(script.contains("-> , Create products"), script);

    assertTrue(project.run("downgrade", "-1", "--sql").failure().startsWith("downgrade --sql needs a range FROM:TO"));
  }

  @Test
  void malformedRangesAndRangesWithoutSqlAreRefused() {
    TestProject project = TestProject.create(tmp).addChain();

    assertTrue(project.run("upgrade", "1111:", "--sql").failure().startsWith("Malformed range '1111:'"));
    assertTrue(project.run("upgrade", "1111:head").failure().startsWith("A range (1111:head) works only with --sql"));
    assertEquals(1, project.run("upgrade", "base:+x", "--sql").failure().lines().count());
  }
}
