package io.retort.autogen.compare;

import io.retort.runtime.schema.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs things that disappeared with things that appeared, one to one, trying rules from strict to
 * loose as EF Core's {@code MigrationsModelDiffer.DiffCollection} does. Within one rule, candidate
 * pairs are taken best first (by {@link NameSimilarity#score}, then by names), so the result does not
 * depend on the order of the input.
 *
 * @param <T> a table or a column
 */
final class RenameMatcher<T> {

  /** One matcher: the reason when {@code from} and {@code to} look like one renamed thing, else empty. */
  @FunctionalInterface
  interface Rule<T> {
    Optional<String> test(T from, T to);
  }

  /** A proposed pair and the rule's reason. */
  record Pair<T>(T from, T to, String reason) {
  }

  private record Candidate<T>(T from, T to, String reason, double score, String fromKey, String toKey) {
  }

  private final Function<T, String> name;
  private final List<Rule<T>> rules;

  RenameMatcher(Function<T, String> name, List<Rule<T>> rules) {
    this.name = name;
    this.rules = List.copyOf(rules);
  }

  List<Pair<T>> match(List<T> removed, List<T> added) {
    Set<T> freeRemoved = new HashSet<>(removed);
    Set<T> freeAdded = new HashSet<>(added);
    List<Pair<T>> pairs = new ArrayList<>();
    for (Rule<T> rule : rules) {
      List<Candidate<T>> candidates = new ArrayList<>();
      for (T from : removed) {
        for (T to : added) {
          if (freeRemoved.contains(from) && freeAdded.contains(to)) {
            String fromName = name.apply(from);
            String toName = name.apply(to);
            rule.test(from, to).ifPresent(reason -> candidates.add(new Candidate<>(from, to, reason,
                NameSimilarity.score(fromName, toName), Names.key(fromName), Names.key(toName))));
          }
        }
      }
      candidates.sort(Comparator.<Candidate<T>>comparingDouble(c -> -c.score())
          .thenComparing(Candidate::fromKey).thenComparing(Candidate::toKey));
      for (Candidate<T> c : candidates) {
        if (freeRemoved.contains(c.from()) && freeAdded.contains(c.to())) {
          freeRemoved.remove(c.from());
          freeAdded.remove(c.to());
          pairs.add(new Pair<>(c.from(), c.to(), c.reason()));
        }
      }
    }
    return pairs;
  }
}
