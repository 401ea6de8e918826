package io.retort.runtime.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds revision graphs for tests: {@code Graphs.of("a", "b<a", "c<a", "m<b,c")}. */
public final class Graphs {
  private Graphs() {
  }

  /**
   * Each spec is {@code id}, {@code id<parent1,parent2}, optionally {@code @label} and
   * {@code ~dependency} parts: {@code "x<a@feature~b"}.
   */
  public static RevisionGraph of(String... specs) {
    return RevisionGraph.of(infos(specs));
  }

  public static List<RevisionInfo> infos(String... specs) {
    List<RevisionInfo> infos = new ArrayList<>();
    for (String spec : specs) {
      String rest = spec;
      List<String> depends = new ArrayList<>();
      int tilde = rest.indexOf('~');
      if (tilde >= 0) {
        depends.addAll(Arrays.asList(rest.substring(tilde + 1).split(",")));
        rest = rest.substring(0, tilde);
      }
      List<String> labels = new ArrayList<>();
      int at = rest.indexOf('@');
      if (at >= 0) {
        labels.add(rest.substring(at + 1));
        rest = rest.substring(0, at);
      }
      List<String> parents = new ArrayList<>();
      int lt = rest.indexOf('<');
      if (lt >= 0) {
        parents.addAll(Arrays.asList(rest.substring(lt + 1).split(",")));
        rest = rest.substring(0, lt);
      }
      infos.add(new RevisionInfo(rest, parents, "message of " + rest, labels, depends, "", "test.R" + rest));
    }
    return infos;
  }
}
