package io.retort.autogen.command;

import io.retort.runtime.graph.RevisionInfo;
import java.util.List;

/** A revision with several children, and those children ({@code branches}). */
public record BranchPoint(RevisionInfo revision, List<RevisionInfo> branches) {
  public BranchPoint {
    branches = List.copyOf(branches);
  }
}
