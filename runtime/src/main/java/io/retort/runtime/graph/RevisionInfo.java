package io.retort.runtime.graph;

import java.util.List;
import java.util.Objects;

/**
 * One revision as the graph knows it: read from its {@code @Revision} annotation without running
 * any of its code.
 *
 * @param id the revision id
 * @param parents ids it revises: none for a base, several for a merge
 * @param message the message, verbatim
 * @param branchLabels labels naming its branch
 * @param dependsOn ids that must be applied first without being parents
 * @param createDate as written in the annotation, may be empty
 * @param className the class that holds its code
 */
public record RevisionInfo(String id, List<String> parents, String message, List<String> branchLabels,
    List<String> dependsOn, String createDate, String className) {

  public RevisionInfo {
    Objects.requireNonNull(id, "id");
    parents = List.copyOf(parents);
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
    message = message == null ? "" : message;
    createDate = createDate == null ? "" : createDate;
  }

  public boolean isBase() {
    return parents.isEmpty();
  }

  public boolean isMerge() {
    return parents.size() > 1;
  }

  /** The first line of the message. */
  public String shortMessage() {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
