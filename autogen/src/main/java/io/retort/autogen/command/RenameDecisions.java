package io.retort.autogen.command;

import io.retort.autogen.compare.Comparison;
import io.retort.autogen.compare.RenameProposal;
import io.retort.runtime.RetortException;
import io.retort.runtime.schema.Names;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renames are never silent data loss: a possible rename the comparator proposed ends as a drop and
 * an add (the old data gone) only when the user declined it ({@code --no-rename OLD}, or {@code *} for
 * every one); one that was neither confirmed ({@code --rename}, {@code @RenamedFrom}) nor declined
 * stops autogenerate before anything is written, saying how to do either.
 */
final class RenameDecisions {
  /** Declines every possible rename: today's drop-and-add for scripts that want it. */
  static final String ALL = "*";

  private RenameDecisions() {
  }

  /**
   * Checks that each declined name is one the comparison proposed (a typo must not pass silently) and
   * that every proposal was declined; a confirmed rename is no proposal any more.
   *
   * @throws RetortException naming the open proposals and the options that settle them; nothing is written
   */
  static void require(Comparison comparison, List<String> declined) {
    for (String name : declined) {
      if (!name.equals(ALL) && comparison.proposals().stream().noneMatch(proposal -> matches(proposal, name))) {
        throw new RetortException("--no-rename " + name + " matches no possible rename" + (comparison.proposals().isEmpty()
            ? " (autogenerate proposed none)" : "; the possible renames are " + comparison.proposals().stream()
                .map(RenameDecisions::old).collect(Collectors.joining(", "))) + ": give table.old_column or old_table");
      }
    }
    if (declined.contains(ALL)) {
      return;
    }
    List<RenameProposal> open = comparison.proposals().stream()
        .filter(proposal -> declined.stream().noneMatch(name -> matches(proposal, name))).toList();
    if (open.isEmpty()) {
      return;
    }
    String which = open.stream().map(proposal -> proposal.message().replaceFirst("^Possible rename: ", "")
        + " or decline with --no-rename " + old(proposal)).collect(Collectors.joining("; "));
    throw new RetortException("Autogenerate stopped and wrote nothing: " + (open.size() == 1 ? "a possible rename was"
        : open.size() + " possible renames were") + " neither confirmed nor declined, and writing a drop and an add would lose "
        + "the old data. " + which + " (@RenamedFrom on the entity confirms it too; --no-rename '*' declines every one)");
  }

  /** The old name as {@code --no-rename} takes it: {@code products.title} or {@code old_items}. */
  static String old(RenameProposal proposal) {
    return proposal.kind() == RenameProposal.Kind.COLUMN ? proposal.table() + "." + proposal.from() : proposal.from();
  }

  private static boolean matches(RenameProposal proposal, String name) {
    if (proposal.kind() == RenameProposal.Kind.TABLE) {
      return Names.same(proposal.from(), name);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 && Names.same(proposal.table(), name.substring(0, dot)) && Names.same(proposal.from(), name.substring(dot + 1));
  }
}
