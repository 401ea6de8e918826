package io.retort.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one guide, block by block in document order, in one {@link Workspace} against one
 * {@link GuideDatabase}, so each section starts where the previous one left off, as for a reader
 * who follows along. What each block means:
 * <ul>
 *   <li>{@code bash}: every line is a command ({@link CommandRunner}); a {@code text} block right
 *       after it (no other block between) is its output, both streams, compared by {@link OutputMatcher}.
 *       A command may fail only when its output is shown. A command that writes a revision gets the id
 *       the shown output announces ({@code Revision ID: ...}) through {@code --rev-id}, so the ids in the
 *       guide are the real ones; its output must therefore be shown.</li>
 *   <li>{@code java} starting with {@code // path/File.java}: written to that file. Other {@code java}:
 *       an operation snippet, run by {@link SnippetRunner} with the imports of the
 *       {@code <!-- guide: imports -->} block.</li>
 *   <li>{@code diff}: applied to the file it names ({@link UnifiedDiff}).</li>
 *   <li>{@code properties}: a valid piece of {@code retort.properties} ({@link ConfigFragment}).</li>
 *   <li>{@code xml}: Maven dependencies and plugins that this checkout builds ({@link DependencySnippet}).</li>
 *   <li>Any block with {@code file}, {@code excerpt} or {@code tree}: compared with the files of the workspace.</li>
 * </ul>
 * A block none of this applies to fails the run, unless marked {@code <!-- guide: skip REASON -->}.
 *
 * <p>A block skipped with a reason that names {@value #PLUGIN_IT} (with its output block, if any) is
 * left to that test, which runs exactly those blocks with the same rules, its {@code mvn retort:...}
 * lines through real Maven builds ({@link #pluginBlocks}).
 */
final class GuideRun {
  private static final Pattern PATH_MARKER = Pattern.compile("^//\\s*(\\S+\\.java)\\s*$");
  /** The id a command announces, as the command line prints it, or as Maven logs it ({@code [INFO] Revision ID: ...}). */
  private static final Pattern REVISION_ID = Pattern.compile("^(?:\\[INFO\\] )?Revision ID: ([0-9a-f]{12})\\s*$", Pattern.MULTILINE);
  /**
   * The test of the maven-plugin module that runs the blocks a guide skips with a reason naming it:
   * the {@code mvn retort:...} goals (and what they need, such as an entity edit), which cannot run
   * here, because the reactor builds the plugin after this module.
   */
  static final String PLUGIN_IT = "GuidePluginIT";
  /** Where that test is, relative to the checkout. */
  static final String PLUGIN_IT_SOURCE = "maven-plugin/src/test/java/io/retort/docs/GuidePluginIT.java";

  private final GuideDocument guide;
  private final Workspace workspace;
  private final GuideDatabase database;
  private final CommandRunner commands;
  private final SnippetRunner snippets;
  private final Path scratch;
  private final boolean pluginBlocksOnly;
  private List<String> imports;
  private final Tally tally = new Tally();

  /** What a run did, so a test can say how much of a guide was proven. */
  static final class Tally {
    int commands;
    int outputs;
    int files;
    int snippets;
    int skipped;
    final List<String> skipReasons = new ArrayList<>();
    /** Blocks left to {@value GuideRun#PLUGIN_IT}; the output block that goes with one is not counted apart. */
    int leftToPluginIt;

    @Override
    public String toString() {
      return commands + " commands, " + outputs + " outputs compared, " + files + " files written or compared, " + snippets
          + " snippets, " + skipped + " blocks skipped " + skipReasons + ", " + leftToPluginIt + " blocks left to " + PLUGIN_IT;
    }
  }

  /** A run of all the guide's blocks but those left to {@value #PLUGIN_IT}. */
  GuideRun(GuideDocument guide, Workspace workspace, GuideDatabase database, Path scratch) {
    this(guide, workspace, database, scratch, null);
  }

  /**
   * A run of only the blocks left to {@value #PLUGIN_IT}, in document order, as if they had no
   * directive; {@code maven} runs their Maven command lines.
   */
  static GuideRun pluginBlocks(GuideDocument guide, Workspace workspace, GuideDatabase database, Path scratch,
      CommandRunner.Extra maven) {
    return new GuideRun(guide, workspace, database, scratch, maven);
  }

  private GuideRun(GuideDocument guide, Workspace workspace, GuideDatabase database, Path scratch, CommandRunner.Extra maven) {
    this.guide = guide;
    this.workspace = workspace;
    this.database = database;
    this.pluginBlocksOnly = maven != null;
    this.commands = new CommandRunner(workspace, database, maven);
    this.snippets = new SnippetRunner(scratch.resolve("snippets"), database.url(), database.environment());
    this.scratch = scratch;
  }

  Tally run() {
    List<GuideBlock> blocks = guide.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      GuideBlock block = blocks.get(i);
      GuideBlock output = i + 1 < blocks.size() && isOutput(blocks.get(i + 1)) ? blocks.get(i + 1) : null;
      try {
        if (pluginBlocksOnly) {
          if (!block.runByPluginIt()) {
            continue;
          }
          block = block.withoutDirective();
        } else if (block.runByPluginIt()) {
          tally.leftToPluginIt++;
          if (block.isShell() && output != null) {
            i++;
          }
          continue;
        }
        if (block.hasDirective(Directive.Kind.SKIP)) {
          tally.skipped++;
          tally.skipReasons.add(block.directive().argument());
          if (block.isShell() && output != null) {
            throw new AssertionError("the output of a skipped block cannot be checked: skip it too");
          }
          continue;
        }
        if (block.isShell()) {
          runCommands(block, output);
          if (output != null) {
            i++;
          }
          continue;
        }
        runBlock(block);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(guide.name() + " on " + database.kind() + ", block at " + block.where() + ":\n" + e.getMessage(), e);
      }
    }
    return tally;
  }

  private static boolean isOutput(GuideBlock block) {
    return block.language().equals("text") && (block.directive() == null || block.hasDirective(Directive.Kind.OUTPUT));
  }

  private void runCommands(GuideBlock block, GuideBlock output) {
    boolean compared = output != null && (output.directive() == null || output.directive().appliesTo(database.kind()));
    Deque<String> ids = new ArrayDeque<>();
    if (output != null) {
      Matcher id = REVISION_ID.matcher(output.text());
      while (id.find()) {
        ids.add(id.group(1));
      }
    }
    StringBuilder combined = new StringBuilder();
    for (String text : block.lines()) {
      ShellLine line = ShellLine.parse(text);
      if (line == null) {
        continue;
      }
      if (commands.writesRevision(line) && output == null) {
        throw new AssertionError("'" + text.strip() + "' writes a revision: show its output, whose Revision ID the rest of the guide uses");
      }
      String id = commands.writesRevision(line) ? ids.peek() : null;
      CommandResult result = commands.run(line, id);
      if (id != null && result.out().contains("Revision ID: " + id)) {
        ids.poll();
      }
      if (result.ran()) {
        tally.commands++;
      }
      if (result.exit() != 0 && !compared) {
        throw new AssertionError("'" + text.strip() + "' failed with exit " + result.exit() + " and the guide shows no output for it:\n"
            + result.combined());
      }
      if (!combined.isEmpty() && !result.combined().isEmpty() && combined.charAt(combined.length() - 1) != '\n') {
        combined.append('\n');
      }
      combined.append(result.combined());
    }
    if (compared) {
      OutputMatcher.assertMatches("The output of the commands at " + block.where(), output.text(), combined.toString());
      tally.outputs++;
    }
  }

  private void runBlock(GuideBlock block) {
    Directive directive = block.directive();
    if (directive != null && (directive.kind() == Directive.Kind.FILE || directive.kind() == Directive.Kind.EXCERPT)) {
      compareWithFile(block);
      return;
    }
    if (directive != null && directive.kind() == Directive.Kind.TREE) {
      Path directory = workspace.resolve(commands.directory(), directive.argument());
      List<String> shown = FileTree.entries(block.lines());
      List<String> onDisk = FileTree.onDisk(directory);
      if (!shown.equals(onDisk)) {
        throw new AssertionError("the tree of " + directive.argument() + " shows " + shown + " but it holds " + onDisk);
      }
      tally.files++;
      return;
    }
    if (directive != null && directive.kind() == Directive.Kind.IMPORTS) {
      if (!block.language().equals("java") || block.lines().stream().anyMatch(l -> !l.isBlank() && !l.strip().matches("import( static)? [\\w.*]+;"))) {
        throw new AssertionError("an imports block is java with import lines only");
      }
      imports = block.lines();
      return;
    }
    if (directive != null) {
      throw new AssertionError("the directive '" + directive.kind() + "' does not apply to a " + block.language() + " block here");
    }
    switch (block.language()) {
      case "java" -> javaBlock(block);
      case "diff" -> applyDiff(block);
      case "properties" -> ConfigFragment.check(block, scratch);
      case "xml" -> DependencySnippet.check(block, workspace.repository(), scratch);
      default -> throw new AssertionError("the guide test does not know what to do with this " + (block.language().isEmpty()
          ? "unlabelled" : block.language()) + " block: give it a directive (file, excerpt, tree, or skip with a reason)");
    }
  }

  private void javaBlock(GuideBlock block) {
    Matcher marker = block.lines().isEmpty() ? null : PATH_MARKER.matcher(block.lines().get(0));
    if (marker != null && marker.matches()) {
      Path file = workspace.resolve(commands.directory(), marker.group(1));
      write(file, block.lines().subList(1, block.lines().size()));
      tally.files++;
      return;
    }
    if (imports == null) {
      throw new AssertionError("an operation snippet needs the <!-- guide: imports --> block above it");
    }
    snippets.run(imports, block);
    tally.snippets++;
  }

  private void applyDiff(GuideBlock block) {
    UnifiedDiff diff = UnifiedDiff.parse(block.lines());
    Path file = workspace.resolve(commands.directory(), diff.path());
    write(file, diff.apply(read(file).lines().toList()));
    tally.files++;
  }

  private void compareWithFile(GuideBlock block) {
    Directive directive = block.directive();
    Path file = workspace.resolve(commands.directory(), directive.argument());
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("there is no file " + directive.argument() + " in " + workspace.shown(commands.directory().toString()));
    }
    if (!directive.appliesTo(database.kind())) {
      return;
    }
    String content = workspace.shown(read(file));
    if (directive.kind() == Directive.Kind.FILE) {
      OutputMatcher.assertMatches("The file " + directive.argument(), block.text(), content);
    } else if (!OutputMatcher.containsExcerpt(content, block.text())) {
      throw new AssertionError("the excerpt is not in " + directive.argument() + ", which reads:\n" + content);
    }
    tally.files++;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
