package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.script.Templates;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code retort list-templates}: the templates {@code init} can scaffold from, one line each. */
@Command(name = "list-templates", mixinStandardHelpOptions = true, description = "List the templates 'init' can use.")
final class ListTemplatesCommand implements Callable<Integer> {
  @ParentCommand
  private RetortCommand retort;

  @Override
  public Integer call() {
    PrintStream out = retort.invocation().out();
    out.println("Available templates:");
    out.println();
    for (Templates.Template template : Commands.templates()) {
      out.println(template.name() + " - " + template.description());
    }
    out.println();
    out.println("Templates are used via the 'init' command, e.g.:");
    out.println();
    out.println("  retort init --template generic ./myproject");
    out.println("  retort init --template multidb .");
    return 0;
  }
}
