package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.RevisionOptions;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retort revision -m MSG [--autogenerate]}: {@link Commands#revision}. */
@Command(name = "revision", mixinStandardHelpOptions = true, description = "Create a new revision file.")
final class RevisionCommand extends ProjectCommand {
  @Spec
  private CommandSpec spec;

  @Option(names = {"-m", "--message"}, paramLabel = "MSG", description = "What the revision does; kept verbatim.")
  private String message;

  @Parameters(paramLabel = "WORDS", arity = "0..*",
      description = "The message as words after the options, instead of -m (autogen --format flyway Add product description).")
  private List<String> words = List.of();

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

  @Option(names = "--no-rename", paramLabel = "OLD",
      description = "With --autogenerate: decline a possible rename, writing a drop and an add (the old column's or table's "
          + "data is lost), as table.old_column or old_table; '*' declines every one (repeatable). Without --rename or "
          + "--no-rename, autogenerate stops at a possible rename and writes nothing.")
  private List<String> declinedRenames = List.of();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "What to write: retort (a revision class) or flyway (Flyway's V<version>__<slug>.sql in flyway_locations); "
          + "default: revision_format in the config, else retort.")
  private String format;

  @Option(names = "--undo", description = "With --format flyway: also write Flyway's undo migration U<version>__<slug>.sql.")
  private boolean undo;

  @Override
  protected int run(Project project) {
    RevisionOptions options = new RevisionOptions(message(), head, splice, branchLabel, dependsOn, revId, autogenerate,
        RevisionOptions.renames(renames), RevisionOptions.format(format), undo, declinedRenames);
    print(TextReport.revision(Commands.revision(project, options)));
    return 0;
  }

  /** {@code -m MSG}, or the words after the options; not both. */
  private String message() {
    if (message != null && !words.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Give the message once: with -m, or as words after the options, not both "
          + "(found -m \"" + message + "\" and \"" + String.join(" ", words) + "\")");
    }
    if (message == null && words.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--message=MSG' (or the message as words after the options)");
    }
    return message != null ? message : String.join(" ", words);
  }
}
