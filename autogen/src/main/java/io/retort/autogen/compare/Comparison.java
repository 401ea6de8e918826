package io.retort.autogen.compare;

import io.retort.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The result of comparing the database with the entities.
 *
 * @param changes the differences, in the order their upgrade operations must run
 * @param proposals possible renames that were not confirmed (their drop and add are in {@code changes})
 * @param unusedRenames confirmed renames ({@code products.title=name}) that matched nothing, with the reason;
 *     normal for a rename hint left on an entity after its revision was applied, a likely typo on the command line
 */
public record Comparison(List<Change> changes, List<RenameProposal> proposals, List<String> unusedRenames) {

  public Comparison {
    changes = List.copyOf(changes);
    proposals = List.copyOf(proposals);
    unusedRenames = List.copyOf(unusedRenames);
  }

  /** True when the database and the entities agree. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The operations of {@code upgrade()}, in order. */
  public List<Operation> upgradeOperations() {
    return changes.stream().map(Change::upgrade).toList();
  }

  /** The operations of {@code downgrade()}: the reverse of every upgrade operation, in reverse order. */
  public List<Operation> downgradeOperations() {
    List<Operation> ops = new ArrayList<>(changes.stream().map(Change::downgrade).toList());
    Collections.reverse(ops);
    return Collections.unmodifiableList(ops);
  }

  /** One line per change, e.g. {@code Detected added column 'products.description'}. */
  public List<String> detectedLines() {
    return changes.stream().map(Change::detectedLine).toList();
  }

  /** The changes a reviewer must be warned about (CAUTION and DANGER), in order. */
  public List<Change> warnings() {
    return changes.stream().filter(c -> c.safety().needsWarning()).toList();
  }

  /** The riskiest level among the changes; SAFE when there are none. */
  public Safety highestRisk() {
    Safety highest = Safety.SAFE;
    for (Change change : changes) {
      highest = highest.max(change.safety().level());
    }
    return highest;
  }
}
