package io.retort.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import io.retort.runtime.graph.Graphs;
import io.retort.runtime.graph.RevisionInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private final Planner planner = new Planner(Graphs.of("a", "b<a", "c<a", "m<b,c", "d<m"));

  private static List<String> ids(Plan plan) {
    return plan.steps().stream().map(RevisionInfo::id).toList();
  }

  @Test
  void upgradeHeadFromBaseRunsEverythingParentsFirst() {
    Plan plan = planner.upgrade(List.of(), "head");
    assertEquals(List.of("a", "b", "c", "m", "d"), ids(plan));
    assertEquals(List.of(List.of(), List.of("a"), List.of("b"), List.of("b", "c"), List.of("m")), plan.headsBefore());
    assertEquals(List.of("d"), plan.finalHeads());
  }

  @Test
  void upgradeFromTheMiddleRunsOnlyWhatIsMissing() {
    assertEquals(List.of("c", "m", "d"), ids(planner.upgrade(List.of("b"), "head")));
    assertEquals(List.of(), ids(planner.upgrade(List.of("d"), "head")));
  }

  @Test
  void downgradeMinusOneUndoesTheHead() {
    Plan plan = planner.downgrade(List.of("d"), "-1");
    assertEquals(List.of("d"), ids(plan));
    assertEquals(List.of("m"), plan.finalHeads());
  }

  @Test
  void downgradeToABranchKeepsTheOtherBranch() {
    Plan plan = planner.downgrade(List.of("d"), "b");
    assertEquals(List.of("d", "m"), ids(plan));
    assertEquals(List.of("b", "c"), plan.finalHeads());
  }

  @Test
  void downgradeBaseUndoesEverythingChildrenFirst() {
    Plan plan = planner.downgrade(List.of("d"), "base");
    assertEquals(List.of("d", "m", "c", "b", "a"), ids(plan));
    assertEquals(List.of(), plan.finalHeads());
  }

  @Test
  void downgradeToARevisionNotAppliedIsRefused() {
    RetortException e = assertThrows(RetortException.class, () -> planner.downgrade(List.of("b"), "c"));
    assertTrue(e.getMessage().startsWith("Revision c is not applied"), e.getMessage());
  }

  @Test
  void aDatabaseAtAnUnknownRevisionIsRefused() {
    RetortException e = assertThrows(RetortException.class, () -> planner.upgrade(List.of("zzz"), "head"));
    assertTrue(e.getMessage().startsWith("The database is at revision zzz, which is not among the revisions of this project"),
        e.getMessage());
  }

  @Test
  void stampSetsTheHeadsOfTheTarget() {
    assertEquals(List.of("b"), planner.stamp(List.of(), "b"));
    assertEquals(List.of(), planner.stamp(List.of("d"), "base"));
  }
}
