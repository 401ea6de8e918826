package io.retort.autogen.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The class (and file) name of a revision: {@code R<id>_<slug>}, or just {@code R<id>} when the
 * message has no ASCII letters or digits (a Korean message, say).
 *
 * <p>The slug is made from the message's first line: accents are taken off ({@code café} becomes
 * {@code cafe}), other non-ASCII characters are dropped, the rest is lowercased and split into words
 * of ASCII letters and digits, and the words are joined with {@code _} for as long as the slug stays
 * within {@value #MAX_SLUG_LENGTH} characters (a first word longer than that is cut).
 */
final class RevisionClassName {
  static final int MAX_SLUG_LENGTH = 40;

  private RevisionClassName() {
  }

  static String of(String id, String message) {
    RevisionSpec.requireRevisionId(id);
    String slug = slug(message);
    return slug.isEmpty() ? "R" + id : "R" + id + "_" + slug;
  }

  static String slug(String message) {
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
        slug.append(word.length() > MAX_SLUG_LENGTH ? word.substring(0, MAX_SLUG_LENGTH) : word);
      } else if (slug.length() + 1 + word.length() <= MAX_SLUG_LENGTH) {
        slug.append('_').append(word);
      } else {
        break;
      }
    }
    return slug.toString();
  }
}
