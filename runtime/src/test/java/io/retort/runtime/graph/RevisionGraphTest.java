package io.retort.runtime.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

  @Test
  void linearHistoryHasOneBaseAndOneHead() {
    RevisionGraph graph = Graphs.of("c<b", "a", "b<a");
    assertEquals(List.of("a"), graph.bases());
    assertEquals(List.of("c"), graph.heads());
    assertEquals(List.of("a", "b", "c"), graph.inOrder().stream().map(RevisionInfo::id).toList());
  }

  @Test
  void branchesAndMergesAreSeen() {
    RevisionGraph graph = Graphs.of("a", "b<a", "c<a", "m<b,c", "d<a");
    assertEquals(List.of("d", "m"), graph.heads());
    assertTrue(graph.isBranchPoint("a"));
    assertTrue(graph.get("m").isMerge());
    assertEquals(Set.of("m", "b", "c", "a"), graph.closure(List.of("m")));
    assertEquals(Set.of("b", "c", "m", "d"), graph.descendants("a"));
  }

  @Test
  void headsOfAnAppliedSetLeaveOutWhatOthersNeed() {
    RevisionGraph graph = Graphs.of("a", "b<a", "c<a", "m<b,c");
    assertEquals(List.of("b", "c"), graph.headsOf(Set.of("a", "b", "c")));
    assertEquals(List.of("m"), graph.headsOf(Set.of("a", "b", "c", "m")));
    assertEquals(List.of(), graph.headsOf(Set.of()));
  }

  @Test
  void dependenciesOrderRevisionsAcrossBranches() {
    RevisionGraph graph = Graphs.of("a", "x@other", "b<a~x");
    assertEquals(Set.of("b", "a", "x"), graph.closure(List.of("b")));
    assertEquals(List.of("b"), graph.headsOf(Set.of("a", "x", "b")));
    assertEquals(List.of("a", "x", "b"), graph.inOrder().stream().map(RevisionInfo::id).toList());
  }

  @Test
  void duplicateIdsAreRefusedNamingBothClasses() {
    RetortException e = assertThrows(RetortException.class, () -> Graphs.of("a", "a"));
    assertEquals("Duplicate revision id a in test.Ra and test.Ra: give one of them a new id (ids must be unique)", e.getMessage());
  }

  @Test
  void missingParentIsRefused() {
    RetortException e = assertThrows(RetortException.class, () -> Graphs.of("a", "b<zz"));
    assertTrue(e.getMessage().startsWith("Revision b (test.Rb) revises zz, which does not exist"), e.getMessage());
  }

  @Test
  void missingDependencyIsRefused() {
    RetortException e = assertThrows(RetortException.class, () -> Graphs.of("a", "b<a~q"));
    assertTrue(e.getMessage().contains("depends on q, which does not exist"), e.getMessage());
  }

  @Test
  void cyclesAreRefusedWithThePath() {
    RetortException e = assertThrows(RetortException.class, () -> Graphs.of("a", "b<a,d", "c<b", "d<c"));
    assertTrue(e.getMessage().startsWith("The revision graph has a cycle through "), e.getMessage());
    assertTrue(e.getMessage().contains("b -> c -> d -> b") || e.getMessage().contains("c -> d -> b -> c")
        || e.getMessage().contains("d -> b -> c -> d"), e.getMessage());
  }

  @Test
  void duplicateBranchLabelsAreRefused() {
    RetortException e = assertThrows(RetortException.class, () -> Graphs.of("a@x", "b<a@x"));
    assertTrue(e.getMessage().startsWith("Branch label 'x' is used by two revisions"), e.getMessage());
  }
}
