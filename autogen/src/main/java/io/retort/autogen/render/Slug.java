package io.retort.autogen.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message as ASCII words for a file name: the first line, accents taken off ({@code café} becomes
 * {@code cafe}), other non-ASCII characters dropped, lowercased, split into words of ASCII letters and
 * digits, joined with {@code _} for as long as the slug stays within the maximum length (a first word
 * longer than that is cut). A message without ASCII letters or digits (a Korean one) gives an empty slug.
 */
public final class Slug {
  private Slug() {
  }

  public static String of(String message, int maxLength) {
    String firstLine = message.lines().findFirst().orElse("");
    String ascii = Normalizer.normalize(firstLine, Normalizer.Form.NFD).replaceAll("[^\\x00-\\x7F]", "");
    List<String> words = new ArrayList<>();
    for (String word : ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    StringBuilder slug = new StringBuilder();
    for (String word : words) {
      if (slug.isEmpty()) {
        slug.append(word.length() > maxLength ? word.substring(0, maxLength) : word);
      } else if (slug.length() + 1 + word.length() <= maxLength) {
        slug.append('_').append(word);
      } else {
        break;
      }
    }
    return slug.toString();
  }
}
