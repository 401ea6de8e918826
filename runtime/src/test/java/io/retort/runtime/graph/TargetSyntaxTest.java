package io.retort.runtime.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.RetortException;
import org.junit.jupiter.api.Test;

/** The target and range syntax every face (command line, Maven plugin, programmatic API) parses through. */
class TargetSyntaxTest {
  @Test
  void targetsAreTrimmedAndMalformedRelativeFormsSayHowToWriteThem() {
    assertEquals("head", TargetSyntax.check("  head "));
    assertEquals("shop@+1", TargetSyntax.check("shop@+1"));
    assertEquals("Malformed relative revision '+x': write +N or -N with N a whole number (e.g. +1, -2, shop@+1)",
        assertThrows(RetortException.class, () -> TargetSyntax.check("+x")).getMessage());
    assertThrows(RetortException.class, () -> TargetSyntax.check("-1.5"));
    assertEquals("Empty target; give head, heads, base, a revision id or prefix, +N or -N",
        assertThrows(RetortException.class, () -> TargetSyntax.check(" ")).getMessage());
  }

  @Test
  void onlineTargetsRefuseRanges() {
    assertEquals("-1", TargetSyntax.online("-1", "downgrade"));
    assertEquals("A range (base:head) works only with --sql; online, upgrade starts where the database is: give just the "
        + "target, e.g. 'retort upgrade head'", assertThrows(RetortException.class, () -> TargetSyntax.online("base:head", "upgrade"))
        .getMessage());
  }

  @Test
  void relativeTargetsCountFromTheDatabaseUnlessAnchoredAtARevision() {
    assertTrue(TargetSyntax.countsFromDatabase("+2"));
    assertTrue(TargetSyntax.countsFromDatabase("shop@-1"));
    assertFalse(TargetSyntax.countsFromDatabase("1a2b+1"));
    assertFalse(TargetSyntax.countsFromDatabase("head"));
  }

  @Test
  void scriptRangesAreATargetOrBothEnds() {
    assertEquals(new RevisionRange(null, "head"), RevisionRange.script("head"));
    assertEquals(new RevisionRange("1a2b", "base"), RevisionRange.script(" 1a2b : base "));
    assertFalse(RevisionRange.script("head").hasStart());
    assertEquals("Malformed range 'a:b:c': write FROM:TO, e.g. base:head or 1a2b:3c4d",
        assertThrows(RetortException.class, () -> RevisionRange.script("a:b:c")).getMessage());
    assertThrows(RetortException.class, () -> RevisionRange.script(":head"));
    assertThrows(RetortException.class, () -> RevisionRange.script("head:+x"));
  }

  @Test
  void historyRangesMayLeaveEitherEndOpen() {
    assertEquals(new RevisionRange(null, "current"), RevisionRange.history(":current"));
    assertEquals(new RevisionRange("1a2b", null), RevisionRange.history("1a2b:"));
    assertEquals("History range 'head' needs the form [start]:[end], e.g. base:head, 1a2b:, :current",
        assertThrows(RetortException.class, () -> RevisionRange.history("head")).getMessage());
  }
}
