package io.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input ends in exactly one {@code FAILED: ...} line on stderr that names the problem and
 * what to do, and exit code 1; usage errors exit 2 with picocli's message.
 */
class FailureTest {
  @TempDir
  Path tmp;

  @Test
  void unknownRevision() {
    String failure = TestProject.create(tmp).addChain().run("show", "abc").failure();
    assertEquals("Can't locate revision identified by 'abc'; 'retort history' lists the revisions", failure);
  }

  @Test
  void ambiguousPrefix() {
    TestProject project = TestProject.create(tmp).addChain();
    project.run("revision", "-m", "Twin", "--rev-id", "1111aaaa0002").succeeded();

    String failure = project.run("show", "1111aaaa").failure();
    assertEquals("Ambiguous revision '1111aaaa': it is a prefix of 1111aaaa0001, 1111aaaa0002; type more characters", failure);
  }

  @Test
  void malformedRelativeTarget() {
    TestProject project = TestProject.create(tmp).addChain();

    assertTrue(project.run("upgrade", "+x").failure().startsWith("Malformed relative revision '+x': write +N or -N"));
    assertTrue(project.run("downgrade", "-1.5").failure().startsWith("Malformed relative revision '-1.5'"));
    project.env("DATABASE_URL", "jdbc:h2:file:" + tmp.resolve("db/app"));
    assertTrue(project.run("upgrade", "-1").failure().startsWith("'-1' moves backwards; use 'retort downgrade -1'"));
  }

  @Test
  void upgradeHeadWithSeveralHeadsSaysHowToProceed() {
    String failure = TestProject.create(tmp).addBranches().run("upgrade", "head", "--sql").failure();
    assertTrue(failure.startsWith("Multiple head revisions are present for given argument 'head'"), failure);
    assertTrue(failure.contains("'heads' for all heads") && failure.contains("retort merge"), failure);
  }

  @Test
  void cycleInTheGraph() {
    String failure = TestProject.create(tmp).add("broken/R5555eeee0005_cycle_a", "broken/R6666ffff0006_cycle_b").run("heads").failure();
    assertTrue(failure.startsWith("The revision graph has a cycle through "), failure);
    assertTrue(failure.contains("5555eeee0005") && failure.contains("6666ffff0006"), failure);
  }

  @Test
  void duplicateRevisionId() {
    String failure = TestProject.create(tmp).addChain().add("broken/R1111aaaa0001_copy").run("history").failure();
    assertTrue(failure.startsWith("Duplicate revision id 1111aaaa0001 in "), failure);
    assertTrue(failure.contains("R1111aaaa0001_copy") && failure.contains("R1111aaaa0001_create_products"), failure);
  }

  @Test
  void missingParent() {
    String failure = TestProject.create(tmp).add("broken/R7777aaaa0007_orphan").run("history").failure();
    assertTrue(failure.startsWith("Revision 7777aaaa0007 (shop.migrations.R7777aaaa0007_orphan) revises 0000deadbeef, "
        + "which does not exist"), failure);
  }

  @Test
  void unreachableDatabase() {
    String failure = TestProject.create(tmp).addChain().env("DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/nowhere")
        .run("upgrade", "head").failure();
    assertTrue(failure.startsWith("Could not connect to jdbc:postgresql://127.0.0.1:1/nowhere: "), failure);
    assertTrue(failure.contains("check url in retort.properties or DATABASE_URL"), failure);
  }

  @Test
  void unknownConfigKeySuggestsTheNearest() {
    TestProject project = TestProject.create(tmp).config("""
        script_location = src/main/java/shop/migrations
        migrations_pakage = shop.migrations
        """);
    String failure = project.run("history").failure();
    assertTrue(failure.startsWith("Unknown key 'migrations_pakage' in "), failure);
    assertTrue(failure.contains("did you mean 'migrations_package'?"), failure);
  }

  @Test
  void missingConfigFile() throws Exception {
    Files.createDirectories(tmp.resolve("elsewhere"));
    String failure = TestProject.runIn(tmp.resolve("elsewhere"), java.util.Map.of(), "history").failure();
    assertTrue(failure.startsWith("No retort.properties in " + tmp.resolve("elsewhere")), failure);
    assertTrue(failure.contains("retort init"), failure);

    String other = TestProject.runIn(tmp, java.util.Map.of(), "history", "--config", "nope/custom.properties").failure();
    assertTrue(other.startsWith("No custom.properties in " + tmp.resolve("nope")), other);
  }

  @Test
  void revisionThatDoesNotCompile() {
    String failure = TestProject.create(tmp).addChain().add("broken/R8888bbbb0008_broken").run("history").failure();
    assertTrue(failure.matches("Revision source src/main/java/shop/migrations/R8888bbbb0008_broken\\.java:\\d+ does not compile: "
        + "cannot find symbol.*"), failure);
    assertTrue(failure.endsWith("; fix it and run the command again"), failure);
  }

  @Test
  void revisionInTheWrongPackage() throws Exception {
    TestProject project = TestProject.create(tmp).addChain();
    Path file = project.sourceOf("3333cccc0003");
    Files.writeString(file, Files.readString(file).replace("package shop.migrations;", "package shop.elsewhere;"));

    String failure = project.run("history").failure();
    assertTrue(failure.startsWith("Revision source src/main/java/shop/migrations/R3333cccc0003_create_categories.java did not "
        + "compile to class shop.migrations.R3333cccc0003_create_categories: it must declare 'package shop.migrations;'"), failure);
  }

  @Test
  void databaseUrlAsHostingPlatformsWriteItIsConvertedAndItsPasswordNeverShown() {
    CliResult unreachable = TestProject.create(tmp).addChain().env("DATABASE_URL", "postgres://app:s3cret@127.0.0.1:1/nowhere")
        .run("upgrade", "head", "--debug");
    assertTrue(unreachable.err().lines().anyMatch(l -> l.startsWith("FAILED: Could not connect to "
        + "jdbc:postgresql://127.0.0.1:1/nowhere: ")), unreachable.err());
    assertFalse(unreachable.err().contains("s3cret"), unreachable.err());

    String unknown = TestProject.create(tmp).addChain().env("DATABASE_URL", "redis://:s3cret@cache:6379").run("current").failure();
    assertTrue(unknown.startsWith("DATABASE_URL is not a database URL Retort can read (unknown scheme 'redis'): "
        + "'redis://:***@cache:6379'; use a JDBC URL"), unknown);
  }

  @Test
  void unexpectedExceptionsNameTheirClassAndDebugAddsTheStackTrace() {
    TestProject project = TestProject.create(tmp).addChain().env("DATABASE_URL", "jdbc:sqlserver://127.0.0.1:1");

    assertTrue(project.run("upgrade", "head").failure().startsWith("Unsupported database URL 'jdbc:sqlserver://"));
    CliResult debug = project.run("upgrade", "head", "--debug");
    assertEquals(Main.FAILURE, debug.exit());
    assertTrue(debug.err().contains("\tat io.retort."), debug.err());
    assertTrue(debug.err().lines().anyMatch(l -> l.startsWith("FAILED: Unsupported database URL")), debug.err());
  }

  @Test
  void usageErrorsExitTwoWithPicocliMessage() {
    TestProject project = TestProject.create(tmp);

    CliResult unknown = project.run("upgrade", "head", "--bogus");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().startsWith("Unknown option: '--bogus'"), unknown.err());

    CliResult missing = project.run("upgrade");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().startsWith("Missing required parameter: 'TARGET'"), missing.err());

    CliResult noMessage = project.run("revision");
    assertEquals(2, noMessage.exit());
    assertTrue(noMessage.err().startsWith("Missing required option: '--message=MSG'"), noMessage.err());

    CliResult noCommand = project.run();
    assertEquals(2, noCommand.exit());
    assertTrue(noCommand.err().startsWith("Missing command"), noCommand.err());

    CliResult unknownCommand = project.run("upgrad", "head");
    assertEquals(2, unknownCommand.exit());
    assertTrue(unknownCommand.err().contains("upgrade"), "suggests the nearest command: " + unknownCommand.err());
  }

  @Test
  void helpWorksOnEveryCommand() {
    TestProject project = TestProject.create(tmp);
    for (String command : new String[] {"init", "list-templates", "revision", "upgrade", "downgrade", "current", "history",
        "heads", "branches", "show", "merge", "stamp"}) {
      CliResult help = project.run(command, "--help").succeeded();
      assertTrue(help.out().startsWith("Usage: retort " + command), help.out());
      assertTrue(help.out().contains("--config=FILE") && help.out().contains("--debug"), help.out());
    }
    assertTrue(project.run("--help").succeeded().out().contains("upgrade"));
  }
}
