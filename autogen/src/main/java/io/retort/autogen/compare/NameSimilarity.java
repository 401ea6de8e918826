package io.retort.autogen.compare;

import io.retort.runtime.schema.Names;
import io.retort.runtime.text.EditDistance;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two identifiers are, for rename proposals: {@code title}/{@code product_title} share a word,
 * {@code desc}/{@code description} one starts the other, {@code colour}/{@code color} are one edit apart.
 */
final class NameSimilarity {
  private static final int MIN_WORD = 3;
  private static final double MIN_EDIT_RATIO = 0.6;

  private NameSimilarity() {
  }

  /** Whether the names look like spellings of one thing. */
  static boolean similar(String a, String b) {
    String x = plain(a);
    String y = plain(b);
    if (x.equals(y)) {
      return true;
    }
    Set<String> shared = new HashSet<>(words(a));
    shared.retainAll(words(b));
    if (shared.stream().anyMatch(w -> w.length() >= MIN_WORD)) {
      return true;
    }
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    if (shorter.length() >= MIN_WORD && longer.startsWith(shorter)) {
      return true;
    }
    return editRatio(x, y) >= MIN_EDIT_RATIO;
  }

  /** A score in [0, 1] to rank candidates: the mean of shared words (Jaccard) and edit distance ratio. */
  static double score(String a, String b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    Set<String> union = new HashSet<>(wa);
    union.addAll(wb);
    Set<String> common = new HashSet<>(wa);
    common.retainAll(wb);
    double jaccard = union.isEmpty() ? 0 : (double) common.size() / union.size();
    return (jaccard + editRatio(plain(a), plain(b))) / 2;
  }

  /** The words of an identifier: split at underscores, dashes, digits and camelCase humps; lower case. */
  static Set<String> words(String name) {
    String spaced = Names.unquoted(name).replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[^A-Za-z]+", " ");
    Set<String> words = new HashSet<>(Arrays.asList(spaced.toLowerCase(Locale.ROOT).strip().split("\\s+")));
    words.remove("");
    return words;
  }

  private static String plain(String name) {
    return Names.unquoted(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** 1 - Levenshtein distance / length of the longer name. */
  static double editRatio(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    return longest == 0 ? 1 : 1 - (double) EditDistance.between(a, b) / longest;
  }
}
