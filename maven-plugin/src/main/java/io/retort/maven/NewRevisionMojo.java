package io.retort.maven;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.RevisionOptions;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** What {@code retort:revision} and {@code retort:autogen} share: the options of {@code retort revision}. */
abstract class NewRevisionMojo extends RetortMojo {
  /** What the revision does; kept verbatim. */
  @Parameter(property = "retort.message", required = true)
  private String message;

  /** The revision to build on (id, prefix, {@code LABEL@head}, or {@code base}); default: the single head. */
  @Parameter(property = "retort.head")
  private String head;

  /** Allow {@code head} to be a revision that is not a head, starting a new branch from it. */
  @Parameter(property = "retort.splice", defaultValue = "false")
  private boolean splice;

  /** A label naming the branch this revision starts. */
  @Parameter(property = "retort.branchLabel")
  private String branchLabel;

  /** Revisions that must be applied first without being parents. */
  @Parameter(property = "retort.dependsOn")
  private List<String> dependsOn;

  /** The new revision's id (12 lowercase hex characters) instead of a random one. */
  @Parameter(property = "retort.revId")
  private String revId;

  /** With autogenerate: confirmed renames, {@code table.old_column=new_column} or {@code old_table=new_table}. */
  @Parameter(property = "retort.renames")
  private List<String> renames;

  /**
   * With autogenerate: declined renames, {@code table.old_column} or {@code old_table} ({@code *} for all), written as a
   * drop and an add; without a confirmation or a decline, autogenerate stops at a possible rename.
   */
  @Parameter(property = "retort.noRenames")
  private List<String> noRenames;

  /** What to write: {@code retort} (a revision class) or {@code flyway} (Flyway's SQL migration); default: {@code revision_format}. */
  @Parameter(property = "retort.format")
  private String format;

  /** With the Flyway format: also write Flyway's undo migration {@code U<version>__<slug>.sql}. */
  @Parameter(property = "retort.undo", defaultValue = "false")
  private boolean undo;

  /** Whether to fill the revision from the difference between the entities and the database. */
  protected abstract boolean autogenerate();

  @Override
  protected void run(Project project) {
    RevisionOptions options = new RevisionOptions(message, head, splice, branchLabel, dependsOn == null ? List.of() : dependsOn,
        revId, autogenerate(), RevisionOptions.renames(renames == null ? List.of() : renames), RevisionOptions.format(format), undo,
        noRenames == null ? List.of() : noRenames);
    print(TextReport.revision(Commands.revision(project, options)));
  }
}
