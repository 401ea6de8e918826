package io.retort.autogen.render;

import io.retort.runtime.config.FileTemplate;
import java.time.LocalDateTime;

/**
 * The class (and file) name of a revision: {@code R<id>_<slug>}, or just {@code R<id>} when the
 * message has no ASCII letters or digits (a Korean message, say); another {@link FileTemplate}
 * (the {@code file_template} key) arranges the id, the slug and the create date its own way.
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
    return of(FileTemplate.DEFAULT, id, message, null);
  }

  /**
   * The name under {@code template}.
   *
   * @param createDate may be null when the template uses no date token
   */
  static String of(FileTemplate template, String id, String message, LocalDateTime createDate) {
    RevisionSpec.requireRevisionId(id);
    return template.render(id, slug(message), createDate);
  }

  static String slug(String message) {
    return Slug.of(message, MAX_SLUG_LENGTH);
  }

}
