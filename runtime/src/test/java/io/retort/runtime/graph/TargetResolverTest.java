package io.retort.runtime.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetResolverTest {
  private final RevisionGraph linear = Graphs.of("1a2b3c4d5e6f", "2b3c4d5e6f7a<1a2b3c4d5e6f", "2bffffffffff<2b3c4d5e6f7a");
  private final TargetResolver resolver = new TargetResolver(linear);

  @Test
  void headBaseAndFullIds() {
    assertEquals(Optional.of("2bffffffffff"), resolver.resolve("head", List.of()));
    assertEquals(Optional.empty(), resolver.resolve("base", List.of()));
    assertEquals(Optional.of("1a2b3c4d5e6f"), resolver.resolve("1a2b3c4d5e6f", List.of()));
  }

  @Test
  void uniquePrefixesResolveAndAmbiguousOnesSaySo() {
    assertEquals(Optional.of("1a2b3c4d5e6f"), resolver.resolve("1a", List.of()));
    assertEquals(Optional.of("2b3c4d5e6f7a"), resolver.resolve("2b3", List.of()));
    RetortException e = assertThrows(RetortException.class, () -> resolver.resolve("2b", List.of()));
    assertEquals("Ambiguous revision '2b': it is a prefix of 2b3c4d5e6f7a, 2bffffffffff; type more characters", e.getMessage());
  }

  @Test
  void unknownRevisionsSaySo() {
    RetortException e = assertThrows(RetortException.class, () -> resolver.resolve("zz", List.of()));
    assertEquals("Can't locate revision identified by 'zz'; 'retort history' lists the revisions", e.getMessage());
  }

  @Test
  void relativeStepsCountFromTheCurrentHead() {
    assertEquals(Optional.of("1a2b3c4d5e6f"), resolver.resolve("+1", List.of()));
    assertEquals(Optional.of("2bffffffffff"), resolver.resolve("+2", List.of("1a2b3c4d5e6f")));
    assertEquals(Optional.of("2b3c4d5e6f7a"), resolver.resolve("-1", List.of("2bffffffffff")));
    assertEquals(Optional.empty(), resolver.resolve("-1", List.of("1a2b3c4d5e6f")));
    assertEquals(Optional.of("2bffffffffff"), resolver.resolve("1a+2", List.of()));
    assertEquals(Optional.of("1a2b3c4d5e6f"), resolver.resolve("head-2", List.of()));
  }

  @Test
  void relativeStepsPastTheEndsAreRefused() {
    RetortException up = assertThrows(RetortException.class, () -> resolver.resolve("+4", List.of()));
    assertTrue(up.getMessage().contains("goes past the last revision"), up.getMessage());
    RetortException down = assertThrows(RetortException.class, () -> resolver.resolve("-2", List.of("1a2b3c4d5e6f")));
    assertTrue(down.getMessage().contains("goes back past base"), down.getMessage());
  }

  @Test
  void severalHeadsMakeHeadAmbiguousAndSayHowToProceed() {
    TargetResolver branched = new TargetResolver(Graphs.of("a", "b<a@feature", "c<a"));
    RetortException e = assertThrows(RetortException.class, () -> branched.resolve("head", List.of()));
    assertTrue(e.getMessage().startsWith("Multiple head revisions are present for given argument 'head' (b, c); please "
        + "specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads"),
        e.getMessage());
    assertEquals(Set.of("b", "c"), branched.upgradeTarget("heads", List.of()));
    assertEquals(Optional.of("b"), branched.resolve("feature@head", List.of()));
    assertEquals(Optional.of("b"), branched.resolve("feature", List.of()));
  }

  @Test
  void branchPointsMakeForwardStepsAmbiguous() {
    TargetResolver branched = new TargetResolver(Graphs.of("a", "b<a", "c<a"));
    RetortException e = assertThrows(RetortException.class, () -> branched.resolve("+1", List.of("a")));
    assertTrue(e.getMessage().contains("a branches into b, c"), e.getMessage());
  }

  @Test
  void mergePointsMakeBackwardStepsAmbiguous() {
    TargetResolver merged = new TargetResolver(Graphs.of("a", "b<a", "c<a", "m<b,c"));
    RetortException e = assertThrows(RetortException.class, () -> merged.resolve("-1", List.of("m")));
    assertTrue(e.getMessage().contains("m is a merge of b, c"), e.getMessage());
  }

  @Test
  void severalCurrentHeadsMakeRelativeStepsAmbiguous() {
    TargetResolver branched = new TargetResolver(Graphs.of("a", "b<a", "c<a"));
    RetortException e = assertThrows(RetortException.class, () -> branched.resolve("-1", List.of("b", "c")));
    assertTrue(e.getMessage().startsWith("The database has several heads (b, c)"), e.getMessage());
  }

  @Test
  void directionIsChecked() {
    assertThrows(RetortException.class, () -> resolver.upgradeTarget("-1", List.of("2bffffffffff")));
    assertThrows(RetortException.class, () -> resolver.downgradeTarget("+1", List.of()));
  }

  @Test
  void unknownBranchLabelListsTheKnownOnes() {
    TargetResolver labelled = new TargetResolver(Graphs.of("a@main", "b<a"));
    RetortException e = assertThrows(RetortException.class, () -> labelled.resolve("other@head", List.of()));
    assertEquals("No branch labelled 'other'; known labels: main", e.getMessage());
  }
}
