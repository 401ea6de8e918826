package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Files;
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
 * Runs every guide from top to bottom on every database, in a fresh copy of the sample app: each
 * command, each output it shows, each file it writes or shows, each operation snippet (see
 * {@link GuideRun} for what each kind of block means). A guide that no longer says what Retort does
 * fails here.
 */
class GuideTest {
  /** The guides, relative to the checkout. */
  static final List<String> GUIDES = List.of("docs/guide.md", "docs/ko/guide.md");
  /**
   * Blocks a guide may leave unrun (each with its reason); more means the guide proves too little.
   * Blocks left to {@link GuideRun#PLUGIN_IT}, which runs them, do not count.
   */
  private static final int MAX_SKIPPED = 3;
  /** Less than this means a guide lost most of its sections, or the test stopped seeing its blocks. */
  private static final int MIN_COMMANDS = 40;
  private static final int MIN_OUTPUTS = 20;
  private static final int MIN_SNIPPETS = 5;

  @TempDir
  Path tmp;

  static Stream<Arguments> guidesOnDatabases() {
    List<Arguments> cases = new ArrayList<>();
    for (String guide : GUIDES) {
      for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
        cases.add(Arguments.of(guide, kind));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("guidesOnDatabases")
  void guideRunsAsWritten(String guide, TestDatabase.Kind kind, TestReporter reporter) {
    Path repository = Workspace.checkout();
    GuideDocument document = GuideDocument.read(repository.resolve(guide), guide);
    Workspace workspace = Workspace.create(tmp, repository);
    try (GuideDatabase database = GuideDatabase.create(kind, tmp)) {
      GuideRun.Tally tally = new GuideRun(document, workspace, database, tmp.resolve("scratch")).run();
      reporter.publishEntry(guide + " on " + kind, tally.toString());
      assertTrue(tally.commands >= MIN_COMMANDS && tally.outputs >= MIN_OUTPUTS && tally.snippets >= MIN_SNIPPETS,
          () -> guide + " proves less than a whole guide: " + tally);
      assertTrue(tally.skipped <= MAX_SKIPPED, () -> guide + " skips too much: " + tally);
      assertTrue(tally.leftToPluginIt == 0 || Files.isRegularFile(repository.resolve(GuideRun.PLUGIN_IT_SOURCE)),
          () -> guide + " leaves blocks to " + GuideRun.PLUGIN_IT + ", but there is no " + GuideRun.PLUGIN_IT_SOURCE + " to run them");
    }
  }
}
