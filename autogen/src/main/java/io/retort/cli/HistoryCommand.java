package io.retort.cli;

import io.retort.runtime.graph.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort history [-r FROM:TO]}: the revisions, newest first, one line each (Alembic's format). */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the revisions, newest first.")
final class HistoryCommand extends ProjectCommand {
  @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
      description = "[start]:[end], each a revision id or prefix, head, heads, base, a branch label, +N/-N or current.")
  private String range;

  @Option(names = {"-v", "--verbose"}, description = "Show the full entry of each revision.")
  private boolean verbose;

  @Option(names = {"-i", "--indicate-current"}, description = "Mark the revisions the database is at with (current); connects.")
  private boolean indicateCurrent;

  @Override
  protected int run(ProjectContext project) {
    HistoryRange history = new HistoryRange(project.graph(), project::currentHeads);
    List<RevisionInfo> revisions = range == null ? history.all() : history.select(range);
    RevisionFormat format = new RevisionFormat(project.graph(), project::locationOf);
    List<String> current = indicateCurrent ? project.currentHeads() : List.of();
    for (RevisionInfo revision : revisions) {
      if (verbose) {
        format.entry(revision).forEach(out()::println);
      } else {
        out().println(format.historyLine(revision, current.contains(revision.id())));
      }
    }
    return 0;
  }
}
