package io.retort.docs;

import io.retort.maven.MavenBuild;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the {@code mvn ... retort:GOAL ...} lines of a guide as the reader does, in a real Maven build
 * of the workspace's project with this build's plugin ({@link MavenBuild#writeSettings}), the run's
 * database in the environment ({@code DATABASE_URL}, as {@link CommandRunner} gives it to the
 * command line). A line that writes a revision gets the id the guide shows through
 * {@code -Dretort.revId}, as {@code --rev-id} does for the command line.
 *
 * <p>What of a build's output is compared with the guide: with {@code -q}, everything it printed
 * (the offline script of {@code -Dretort.sql}); otherwise the lines the retort goals logged, as
 * Maven shows them ({@code [INFO] Running upgrade ...}), and, when the build fails, Maven's
 * {@code [ERROR] Failed to execute goal ...} line with the reason. Maven's own lines (the project
 * banner, other plugins, downloads, {@code BUILD SUCCESS}, timings) are left out, as the guide says.
 */
final class MavenGoals implements CommandRunner.Extra {
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
  /** The header Maven logs before a retort goal runs. */
  private static final Pattern GOAL_HEADER = Pattern.compile("^\\[INFO\\] --- retort-maven-plugin:\\S+:\\S+ \\(.*\\) @ \\S+ ---\\s*$");
  /** Lines Maven logs between goals, which end what a goal logged. */
  private static final Pattern MAVEN_LINE = Pattern.compile("^\\[INFO\\] (---|>>>|<<<|BUILD |Reactor Summary).*");
  private static final Set<String> NEW_REVISION_GOALS = Set.of("retort:autogen", "retort:revision", "retort:merge");

  private final Workspace workspace;
  private final GuideDatabase database;
  private final Path settings;

  /** @param settings the {@code mvn -s} settings of the builds ({@link MavenBuild#writeSettings}) */
  MavenGoals(Workspace workspace, GuideDatabase database, Path settings) {
    this.workspace = workspace;
    this.database = database;
    this.settings = settings;
  }

  @Override
  public boolean runs(ShellLine line) {
    return line.command().equals("mvn") && line.arguments().stream().anyMatch(a -> a.startsWith("retort:"));
  }

  @Override
  public boolean writesRevision(ShellLine line) {
    return line.arguments().stream().anyMatch(NEW_REVISION_GOALS::contains);
  }

  @Override
  public CommandResult run(ShellLine line, Path directory, String revisionId) {
    List<String> command = new ArrayList<>(List.of(MavenBuild.maven(), "-B", "-ntp", "-s", settings.toString(), "-Dstyle.color=never"));
    command.addAll(line.arguments());
    if (revisionId != null && writesRevision(line) && line.arguments().stream().noneMatch(a -> a.startsWith("-Dretort.revId="))) {
      command.add("-Dretort.revId=" + revisionId);
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().keySet().removeIf(k -> k.startsWith("DATABASE_") || k.startsWith("PG"));
    builder.environment().putAll(database.environment());
    String output;
    int exit;
    try {
      Process process = builder.start();
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("'" + String.join(" ", line.words()) + "' did not finish in 5 minutes");
      }
      exit = process.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + String.join(" ", line.words()), e);
    }
    String printed = ANSI.matcher(output).replaceAll("");
    boolean quiet = line.arguments().contains("-q") || line.arguments().contains("--quiet");
    String shown = quiet ? printed : shown(printed, exit != 0);
    if (exit != 0 && shown.isBlank()) {
      shown = printed;
    }
    return new CommandResult(exit, workspace.shown(shown), "", true);
  }

  /** The lines the retort goals logged, and the line that says why the build failed. */
  static String shown(String printed, boolean failed) {
    List<String> shown = new ArrayList<>();
    List<String> goal = null;
    for (String line : printed.lines().toList()) {
      if (GOAL_HEADER.matcher(line).matches()) {
        endOfGoal(goal, shown);
        goal = new ArrayList<>();
      } else if (goal != null && MAVEN_LINE.matcher(line).matches()) {
        endOfGoal(goal, shown);
        goal = null;
      } else if (goal != null && (line.startsWith("[INFO] ") || line.equals("[INFO]")) && !line.startsWith("[INFO] Download")) {
        goal.add(line.stripTrailing());
      }
    }
    endOfGoal(goal, shown);
    if (failed) {
      printed.lines().filter(l -> l.startsWith("[ERROR] ") && !l.strip().equals("[ERROR]")).findFirst().ifPresent(shown::add);
    }
    return shown.isEmpty() ? "" : String.join("\n", shown) + "\n";
  }

  /** A goal's lines without the blank line Maven logs before the next header. */
  private static void endOfGoal(List<String> goal, List<String> shown) {
    if (goal == null) {
      return;
    }
    int end = goal.size();
    while (end > 0 && goal.get(end - 1).equals("[INFO]")) {
      end--;
    }
    shown.addAll(goal.subList(0, end));
  }
}
