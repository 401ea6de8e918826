package io.retort.cli;

import io.retort.autogen.command.Commands;
import io.retort.autogen.command.ProgressLines;
import io.retort.autogen.command.Repair;
import io.retort.autogen.command.TextReport;
import io.retort.autogen.script.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retort repair [--resume | --clear]}: {@link Commands#repair}. Where DDL commits statement by
 * statement, a revision that failed, was cancelled, or whose process or connection died part-way is
 * recorded, and upgrade, downgrade and stamp refuse until this command resumes or clears it.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
    description = {
        "After a revision stopped part-way: show the record, resume it from the next statement, or clear the record.",
        "",
        "MariaDB and H2 commit each DDL statement (and a revision with transactional() = false runs outside a transaction on "
            + "PostgreSQL too), so when such a revision fails, is interrupted (Ctrl-C), or its process is killed or its connection "
            + "drops, the statements before that point stay applied while the version table still shows the revision before. "
            + "Retort records that attempt in <version_table>_progress: which revision, which direction, how many statements ran, "
            + "when, and the error. Until it is repaired, upgrade, downgrade and stamp refuse, and current, check and validate "
            + "report it.",
        "",
        "Without options: show the record and the two ways out (exit 0, also when there is nothing to repair).",
        "--resume: fix the revision first if a statement was wrong (the statements that already ran must stay as they were), "
            + "then run the remaining statements and record the revision as applied, as a normal run would.",
        "--clear: after undoing by hand what the recorded statements did, forget the record; the version table stays at the "
            + "revision before, so the next upgrade runs the whole revision again.",
    })
final class RepairCommand extends ProjectCommand {
  @ArgGroup(exclusive = true)
  private Choice choice;

  /** At most one of the two ways out. */
  static final class Choice {
    @Option(names = "--resume", required = true,
        description = "Run the remaining statements of the recorded revision (as its code now records them) and record it as applied.")
    boolean resume;

    @Option(names = "--clear", required = true,
        description = "Forget the record after you undid its statements by hand; the version table stays at the revision before.")
    boolean clear;
  }

  @Override
  protected boolean runsOnEachDatabase() {
    return true;
  }

  @Override
  protected int run(Project project) {
    Repair.Action action = choice == null ? Repair.Action.SHOW : choice.resume ? Repair.Action.RESUME : Repair.Action.CLEAR;
    print(TextReport.repair(Commands.repair(project, action, new ProgressLines(out()::println))));
    return 0;
  }
}
