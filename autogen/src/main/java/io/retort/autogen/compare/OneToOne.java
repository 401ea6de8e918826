package io.retort.autogen.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Pairs elements of the database side with equivalent elements of the entity side, one to one, in a
 * few passes from strict to loose; what stays unpaired is dropped or created. Inputs are sorted by the
 * caller, so the pairing is deterministic.
 */
final class OneToOne {

  /** What found no partner on each side, in input order. */
  record Unmatched<T>(List<T> current, List<T> target) {
  }

  private OneToOne() {
  }

  @SafeVarargs
  static <T> Unmatched<T> match(List<T> current, List<T> target, BiPredicate<T, T>... passes) {
    List<T> leftCurrent = new ArrayList<>(current);
    List<T> leftTarget = new ArrayList<>(target);
    for (BiPredicate<T, T> pass : passes) {
      for (int i = 0; i < leftCurrent.size(); ) {
        T c = leftCurrent.get(i);
        int j = indexOf(leftTarget, c, pass);
        if (j >= 0) {
          leftCurrent.remove(i);
          leftTarget.remove(j);
        } else {
          i++;
        }
      }
    }
    return new Unmatched<>(List.copyOf(leftCurrent), List.copyOf(leftTarget));
  }

  private static <T> int indexOf(List<T> candidates, T element, BiPredicate<T, T> pass) {
    for (int j = 0; j < candidates.size(); j++) {
      if (pass.test(element, candidates.get(j))) {
        return j;
      }
    }
    return -1;
  }
}
