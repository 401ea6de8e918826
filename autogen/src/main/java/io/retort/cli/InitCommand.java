package io.retort.cli;

import io.retort.runtime.RetortException;
import io.retort.runtime.config.RetortConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort init [--template generic] DIR}: scaffolds a project directory from a template
 * ({@code retort.properties} and the versions folder). Refuses a directory that exists and is not
 * empty, so it never overwrites anything.
 */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a new Retort project directory from a template.")
final class InitCommand implements Callable<Integer> {
  @ParentCommand
  private RetortCommand retort;

  @Option(names = {"-t", "--template"}, paramLabel = "NAME", defaultValue = "generic",
      description = "The template to use (default: ${DEFAULT-VALUE}); 'retort list-templates' shows them.")
  private String template;

  @Parameters(index = "0", paramLabel = "DIR", description = "The directory to create; it must not exist or be empty.")
  private Path directory;

  @Override
  public Integer call() throws IOException {
    PrintStream out = retort.invocation().out();
    Templates.Template chosen = Templates.load(InitCommand.class.getClassLoader()).get(template);
    Path target = retort.invocation().resolve(directory);
    checkTarget(target);
    createDirectory(target, out);
    for (Map.Entry<String, byte[]> file : chosen.files().entrySet()) {
      Path destination = target.resolve(file.getKey()).normalize();
      createDirectory(destination.getParent(), out);
      out.print("Generating " + destination + " ...");
      Files.write(destination, file.getValue());
      out.println("  done");
    }
    out.println("Please edit the settings in '" + target.resolve(RetortConfig.FILE_NAME)
        + "' (migrations_package, script_location, entity_packages, url) before proceeding.");
    return 0;
  }

  private static void checkTarget(Path target) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new RetortException(target + " exists and is not a directory; give a new or empty directory to 'retort init'");
    }
    try (Stream<Path> entries = Files.list(target)) {
      if (entries.findAny().isPresent()) {
        throw new RetortException("Directory " + target + " already exists and is not empty; give a new or empty directory "
            + "('retort init' never overwrites files)");
      }
    }
  }

  private static void createDirectory(Path directory, PrintStream out) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    createDirectory(directory.getParent(), out);
    out.print("Creating directory " + directory + " ...");
    Files.createDirectory(directory);
    out.println("  done");
  }
}
