package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.TextReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code retort init [--template generic] DIR}: {@link Commands#init}, a project directory
 * scaffolded from a template; never overwrites.
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
  public Integer call() {
    TextReport.init(Commands.init(retort.invocation().resolve(directory), template)).forEach(retort.invocation().out()::println);
    return 0;
  }
}
