package io.retort.autogen.render;

import java.util.Arrays;
import java.util.List;

/**
 * Makes free text (a revision message, a warning) safe inside Java comments, line by line.
 *
 * <p>Line breaks become separate lines and trailing blanks go. A backslash followed by the letter
 * {@code u} is written as the Unicode escape of a backslash ({@code &#92;u005c}) followed by
 * {@code u}, so the compiler cannot read a Unicode escape out of the text: an invalid one would be a
 * compile error, and an escaped line break would end a line comment early. In Javadoc, the two
 * characters that close a comment are written with an HTML entity ({@code *&amp;#47;}).
 */
final class CommentText {
  private CommentText() {
  }

  /** The lines of {@code text} for {@code //} comments. */
  static List<String> lineCommentLines(String text) {
    return Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))
        .map(line -> line.stripTrailing().replace("\\u", "\\u005cu"))
        .toList();
  }

  /** The lines of {@code text} for a Javadoc comment. */
  static List<String> javadocLines(String text) {
    return lineCommentLines(text).stream().map(line -> line.replace("*/", "*&#47;")).toList();
  }
}
