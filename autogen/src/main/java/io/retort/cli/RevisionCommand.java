package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.RevisionOptions;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort revision -m MSG [--autogenerate]}: {@link Commands#revision}. */
@Command(name = "revision", mixinStandardHelpOptions = true, description = "Create a new revision file.")
final class RevisionCommand extends ProjectCommand {
  @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the revision does; kept verbatim.")
  private String message;

  @Option(names = "--head", paramLabel = "REV",
      description = "The revision to build on (id, prefix, LABEL@head, or base for a new base); default: the single head.")
  private String head;

  @Option(names = "--splice", description = "Allow --head to be a revision that is not a head, starting a new branch from it.")
  private boolean splice;

  @Option(names = "--branch-label", paramLabel = "LABEL", description = "A label naming the branch this revision starts.")
  private String branchLabel;

  @Option(names = "--depends-on", paramLabel = "REV", description = "A revision that must be applied first without being a parent (repeatable).")
  private List<String> dependsOn = List.of();

  @Option(names = "--rev-id", paramLabel = "ID", description = "The new revision's id (12 lowercase hex characters) instead of a random one.")
  private String revId;

  @Option(names = "--autogenerate", description = "Fill the revision with what differs between the entities and the database.")
  private boolean autogenerate;

  @Option(names = "--rename", paramLabel = "OLD=NEW",
      description = "With --autogenerate: confirm a rename instead of a drop and an add, as table.old_column=new_column or "
          + "old_table=new_table (repeatable).")
  private List<String> renames = List.of();

  @Override
  protected int run(Project project) {
    RevisionOptions options = new RevisionOptions(message, head, splice, branchLabel, dependsOn, revId, autogenerate,
        RevisionOptions.renames(renames));
    print(TextReport.revision(Commands.revision(project, options)));
    return 0;
  }
}
