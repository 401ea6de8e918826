package io.retort.docs;

import io.retort.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the command lines of a guide's shell blocks in the workspace, keeping the current directory
 * between them:
 * <ul>
 *   <li>{@code retort ...} and {@code autogen ...} (also as {@code bin/retort}, {@code ../bin/autogen}: such a
 *       path must name the launcher in the real checkout) run the command line in-process through
 *       {@link Main#run}, after {@link ProjectBuild} compiled the project; {@code autogen} splits its
 *       words as {@code bin/autogen} does;</li>
 *   <li>{@code cd DIR} and {@code rm FILE...} act inside the workspace;</li>
 *   <li>{@code pg_dump DB} and {@code mariadb-dump DB} run the real client against the run's database
 *       when it is theirs, and are skipped on the other databases;</li>
 *   <li>{@code mvn [-q] exec:java} compiles the project and runs the main class its real {@code pom.xml}
 *       names ({@code exec.mainClass}) in a JVM of its own, with this test's classpath standing for
 *       the project's dependencies.</li>
 * </ul>
 * An {@link Extra} given to it runs the lines it claims first ({@link GuideRun#PLUGIN_IT}'s Maven goals).
 * Any other command fails the test: the guide must mark such a block {@code <!-- guide: skip REASON -->}.
 */
final class CommandRunner {
  private static final Set<String> GLOBAL_OPTIONS_WITH_VALUE = Set.of("--config", "--classpath", "--db");
  private static final Pattern MAIN_CLASS = Pattern.compile("<exec\\.mainClass>\\s*([\\w.$]+)\\s*</exec\\.mainClass>");

  /** Command lines run by something else than this runner, e.g. real Maven builds. */
  interface Extra {
    /** Whether this runs the line. */
    boolean runs(ShellLine line);

    /** Whether the line, one this runs, writes a new revision whose id the run may set. */
    boolean writesRevision(ShellLine line);

    /**
     * Runs the line in {@code directory}.
     *
     * @param revisionId for a line that {@link #writesRevision writes a revision}: the id to give it, or null
     */
    CommandResult run(ShellLine line, Path directory, String revisionId);
  }

  private final Workspace workspace;
  private final GuideDatabase database;
  private final Extra extra;
  private final ProjectBuild build = new ProjectBuild();
  private Path directory;

  CommandRunner(Workspace workspace, GuideDatabase database) {
    this(workspace, database, null);
  }

  /** @param extra runs the lines it claims before this runner looks at them; may be null */
  CommandRunner(Workspace workspace, GuideDatabase database, Extra extra) {
    this.workspace = workspace;
    this.database = database;
    this.extra = extra;
    this.directory = workspace.root();
  }

  Path directory() {
    return directory;
  }

  /** Whether the command writes a new revision ({@code revision}, {@code merge}, {@code autogen}, or as {@link Extra} says). */
  boolean writesRevision(ShellLine line) {
    if (extra != null && extra.runs(line)) {
      return extra.writesRevision(line);
    }
    return writesRetortRevision(line);
  }

  /** Whether a {@code retort} or {@code autogen} command writes a new revision, whose id {@code --rev-id} can set. */
  private static boolean writesRetortRevision(ShellLine line) {
    String name = launcher(line.command());
    int format = line.arguments().indexOf("--format");
    if (format >= 0 && format + 1 < line.arguments().size() && line.arguments().get(format + 1).equals("flyway")) {
      return false; // a Flyway migration is named by its version, which has no --rev-id
    }
    if (name.equals("autogen")) {
      return true;
    }
    String subcommand = subcommand(line.arguments());
    return name.equals("retort") && (subcommand.equals("revision") || subcommand.equals("merge"));
  }

  /** The first word after {@code retort}'s global options ({@code --config FILE}, {@code --classpath CP}, {@code --db NAME}, flags). */
  private static String subcommand(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (GLOBAL_OPTIONS_WITH_VALUE.contains(arg)) {
        i++;
      } else if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return "";
  }

  /**
   * Runs one command line.
   *
   * @param revisionId for a command that {@link #writesRevision writes a revision} without {@code --rev-id}:
   *     the id to give it ({@code --rev-id}), or null for a random one
   */
  CommandResult run(ShellLine line, String revisionId) {
    String name = launcher(line.command());
    CommandResult result;
    if (extra != null && extra.runs(line)) {
      result = extra.run(line, directory, revisionId);
    } else if (line.command().equals("cd")) {
      result = changeDirectory(line.arguments());
    } else if (line.command().equals("rm")) {
      result = remove(line.arguments());
    } else if (name.equals("retort") || name.equals("autogen")) {
      checkLauncher(line.command());
      List<String> args = new ArrayList<>(name.equals("retort") ? line.arguments() : autogenArguments(line.arguments()));
      if (args.isEmpty() && name.equals("autogen")) {
        return new CommandResult(2, "", "usage: autogen MESSAGE [--head REV] [--rename table.old=new] [...]  (the retort revision options)\n", true);
      }
      if (revisionId != null && writesRetortRevision(line) && !args.contains("--rev-id")) {
        args.addAll(List.of("--rev-id", revisionId));
      }
      build.compileIfChanged(directory);
      result = retort(args);
    } else if (GuideDatabase.isDumpTool(line.command())) {
      Optional<List<String>> command = database.dumpCommand(line.command(), line.arguments());
      if (command.isEmpty()) {
        return CommandResult.skipped();
      }
      result = process(command.get(), database.dumpEnvironment());
    } else if (line.command().equals("mvn") && line.arguments().contains("exec:java")) {
      result = execJava(line.arguments());
    } else {
      throw new AssertionError("the guide test cannot run '" + String.join(" ", line.words()) + "'; run something it knows, "
          + "or mark the block <!-- guide: skip REASON -->");
    }
    if (line.redirect() != null) {
      write(workspace.resolve(directory, line.redirect()), result.out());
      return new CommandResult(result.exit(), "", result.err(), result.ran());
    }
    return result;
  }

  /** {@code retort} for {@code retort}, {@code bin/retort}, {@code ../bin/retort}; likewise {@code autogen}. */
  private static String launcher(String command) {
    return command.substring(command.lastIndexOf('/') + 1);
  }

  private void checkLauncher(String command) {
    if (!command.contains("/")) {
      return;
    }
    Path launcher = workspace.inRepository(workspace.resolve(directory, command));
    if (!Files.isRegularFile(launcher) || !Files.isExecutable(launcher)) {
      throw new AssertionError("the guide runs " + command + " from " + workspace.shown(directory.toString())
          + ", but there is no executable " + launcher + " in the checkout");
    }
  }

  /**
   * What {@code bin/autogen} passes on: the words before the first option are the message; when the
   * options come first, everything goes on as it is (the words after the options are the message).
   */
  private static List<String> autogenArguments(List<String> words) {
    if (words.isEmpty()) {
      return List.of();
    }
    int options = 0;
    while (options < words.size() && !words.get(options).startsWith("-")) {
      options++;
    }
    if (options == 0) {
      List<String> args = new ArrayList<>(List.of("revision", "--autogenerate"));
      args.addAll(words);
      return args;
    }
    List<String> args = new ArrayList<>(List.of("revision", "--autogenerate", "-m", String.join(" ", words.subList(0, options))));
    args.addAll(words.subList(options, words.size()));
    return args;
  }

  private CommandResult retort(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args.toArray(String[]::new), o, e, directory, database.environment());
    }
    return new CommandResult(exit, workspace.shown(out.toString(StandardCharsets.UTF_8)),
        workspace.shown(err.toString(StandardCharsets.UTF_8)), true);
  }

  private CommandResult changeDirectory(List<String> args) {
    if (args.size() != 1) {
      throw new AssertionError("cd takes one directory: " + args);
    }
    Path target = workspace.resolve(directory, args.get(0));
    if (!Files.isDirectory(target)) {
      return new CommandResult(1, "", "cd: " + args.get(0) + ": No such file or directory\n", true);
    }
    directory = target;
    return new CommandResult(0, "", "", true);
  }

  private CommandResult remove(List<String> args) {
    if (args.isEmpty() || args.stream().anyMatch(a -> a.startsWith("-"))) {
      throw new AssertionError("the guide test runs 'rm FILE...' only: " + args);
    }
    StringBuilder err = new StringBuilder();
    for (String arg : args) {
      Path file = workspace.resolve(directory, arg);
      try {
        if (!Files.isRegularFile(file)) {
          err.append("rm: cannot remove '").append(arg).append("': No such file or directory\n");
          continue;
        }
        Files.delete(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new CommandResult(err.isEmpty() ? 0 : 1, "", err.toString(), true);
  }

  private CommandResult execJava(List<String> args) {
    for (String arg : args) {
      if (!arg.equals("exec:java") && !arg.startsWith("-")) {
        throw new AssertionError("the guide test runs 'mvn [options] exec:java' only: " + args);
      }
    }
    Path pom = workspace.inRepository(directory).resolve("pom.xml");
    Matcher main;
    try {
      main = MAIN_CLASS.matcher(Files.readString(pom, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("mvn exec:java runs in " + workspace.shown(directory.toString()) + ", which has no pom.xml in the checkout", e);
    }
    if (!main.find()) {
      throw new AssertionError(pom + " names no exec.mainClass for mvn exec:java");
    }
    Path classes = directory.resolve("target/exec-classes");
    build.compileAll(directory, classes);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = classes + File.pathSeparator + System.getProperty("java.class.path");
    return process(List.of(java, "-cp", classpath, main.group(1)), database.environment());
  }

  /** Runs a program in the current directory with the run's database in its environment. */
  private CommandResult process(List<String> command, Map<String, String> environment) {
    try {
      Path out = Files.createTempFile("guide-out", ".txt");
      Path err = Files.createTempFile("guide-err", ".txt");
      try {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(k -> k.startsWith("DATABASE_") || k.startsWith("PG"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError(command.get(0) + " did not finish in 180 s");
        }
        return new CommandResult(process.exitValue(), workspace.shown(Files.readString(out, StandardCharsets.UTF_8)),
            workspace.shown(Files.readString(err, StandardCharsets.UTF_8)), true);
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command.get(0), e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
