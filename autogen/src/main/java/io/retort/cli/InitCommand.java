package io.retort.cli;

import io.retort.runtime.RetortException;
import io.retort.runtime.config.RetortConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort init [--template generic] DIR}: scaffolds a project directory from a template
 * ({@code retort.properties}, the revision header, the versions folder with its README). The
 * directory may exist and hold other files ({@code retort init .} in an existing project); init
 * never overwrites: when a file it would write is there already, it names the file and writes
 * nothing at all.
 */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a new Retort project directory from a template.")
final class InitCommand implements Callable<Integer> {
  @ParentCommand
  private RetortCommand retort;

  @Option(names = {"-t", "--template"}, paramLabel = "NAME", defaultValue = "generic",
      description = "The template to use (default: ${DEFAULT-VALUE}); 'retort list-templates' shows them.")
  private String template;

  @Parameters(index = "0", paramLabel = "DIR",
      description = "The project directory: new, or existing without any of the files the template writes (e.g. '.').")
  private Path directory;

  @Override
  public Integer call() throws IOException {
    PrintStream out = retort.invocation().out();
    Templates.Template chosen = Templates.load(InitCommand.class.getClassLoader()).get(template);
    Path target = retort.invocation().resolve(directory);
    checkNothingIsOverwritten(target, chosen);
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

  /** Checks every path the template would create before anything is written, and names each that is taken. */
  private static void checkNothingIsOverwritten(Path target, Templates.Template chosen) {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new RetortException(target + " exists and is not a directory; give a new directory or an existing one to 'retort init'");
    }
    Set<String> taken = new LinkedHashSet<>();
    for (String relative : chosen.files().keySet()) {
      Path destination = target.resolve(relative).normalize();
      if (Files.exists(destination)) {
        taken.add(destination.toString());
        continue;
      }
      for (Path parent = destination.getParent(); !parent.equals(target); parent = parent.getParent()) {
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
          taken.add(parent + " (a file where the template needs a directory)");
          break;
        }
      }
    }
    if (!taken.isEmpty()) {
      throw new RetortException("'retort init' would overwrite " + String.join(", ", taken) + "; nothing was written. Move "
          + (taken.size() == 1 ? "it" : "them") + " away, or init into another directory");
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
