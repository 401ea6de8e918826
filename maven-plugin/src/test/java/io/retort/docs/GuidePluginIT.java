package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.maven.MavenBuild;
import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guides' Maven plugin blocks, run for real: the blocks {@link GuideTest} leaves to this test
 * (skipped with a reason that names it: {@code mvn retort:...} goals, which need the plugin that the
 * reactor builds after autogen, and the entity edit they act on). They run in document order, with
 * {@link GuideRun}'s rules, in a fresh copy of the sample app that keeps its {@code pom.xml}, on H2,
 * PostgreSQL and MariaDB, each {@code mvn} line a real Maven build with this build's plugin (staged
 * into {@code target/it-repo} at pre-integration-test); their output is compared with what the
 * guide shows ({@link MavenGoals} says which lines of a build that is).
 */
class GuidePluginIT {
  /** Less than this means the guides lost their Maven section, or this test stopped seeing its blocks. */
  private static final int MIN_COMMANDS = 5;
  private static final int MIN_OUTPUTS = 4;

  @TempDir
  Path tmp;

  static Stream<Arguments> guidesOnDatabases() {
    List<Arguments> cases = new ArrayList<>();
    for (String guide : GuideTest.GUIDES) {
      for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
        cases.add(Arguments.of(guide, kind));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("guidesOnDatabases")
  void mavenBlocksRunAsWritten(String guide, TestDatabase.Kind kind, TestReporter reporter) {
    Path repository = Workspace.checkout();
    GuideDocument document = GuideDocument.read(repository.resolve(guide), guide);
    Workspace workspace = Workspace.createMavenProject(tmp, repository);
    Path settings = tmp.resolve("maven-settings.xml");
    MavenBuild.writeSettings(settings);
    try (GuideDatabase database = GuideDatabase.create(kind, tmp)) {
      MavenGoals maven = new MavenGoals(workspace, database, settings);
      GuideRun.Tally tally = GuideRun.pluginBlocks(document, workspace, database, tmp.resolve("scratch"), maven).run();
      reporter.publishEntry(guide + " on " + kind, tally.toString());
      assertTrue(tally.commands >= MIN_COMMANDS && tally.outputs >= MIN_OUTPUTS,
          () -> guide + " has fewer Maven blocks than its Maven section shows: " + tally);
    }
  }
}
