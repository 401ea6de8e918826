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
  void downgradeMinusOneRightAfterAMergeUndoesJustTheMerge() {
    Plan plan = planner.downgrade(List.of("m"), "-1");
    assertEquals(List.of("m"), ids(plan));
    assertEquals(List.of("b", "c"), plan.finalHeads());
    assertEquals(List.of("d", "m"), ids(planner.downgrade(List.of("d"), "-2")));
  }

  @Test
  void downgradeMinusNPastTheMergeIsAmbiguous() {
    RetortException e = assertThrows(RetortException.class, () -> planner.downgrade(List.of("d"), "-3"));
    assertEquals("Relative revision -3 is ambiguous: after undoing d, m the database has several heads (b, c); downgrade to a "
        + "revision by id, or count from one head, e.g. b-1", e.getMessage());
    RetortException past = assertThrows(RetortException.class, () -> planner.downgrade(List.of("a"), "-2"));
    assertTrue(past.getMessage().contains("goes back past base"), past.getMessage());
  }

  @Test
  void upgradeToARevisionTheDatabaseIsPastIsRefused() {
    RetortException e = assertThrows(RetortException.class, () -> planner.upgrade(List.of("d"), "b"));
    assertEquals("Destination b is not a valid upgrade target from the current head(s) d: it is applied already and the "
        + "database is past it; to go back to it, run 'retort downgrade b'", e.getMessage());
    assertEquals(List.of(), ids(planner.upgrade(List.of("d"), "d")), "at the target already: nothing to do");
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
