package io.retort.autogen.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javadoc header of new revisions, as a text template ({@code revision_header} in
 * {@code retort.properties}) with the placeholders {@code {message}}, {@code {id}},
 * {@code {revises}}, {@code {create_date}}, {@code {branch_labels}} and {@code {depends_on}} (lists
 * are joined with {@code ", "}, and are empty when there is nothing to list). Any other
 * {@code {word}} (letters, digits, {@code _}) is refused, so a misspelt placeholder does not end up
 * in every revision; other braces are text.
 *
 * <p>Rendering substitutes every placeholder in one pass (a message that contains {@code {id}}
 * stays as written), then makes the text safe inside a Javadoc comment, as {@link CommentText}
 * does for a message: {@code *}{@code /} and backslash-{@code u} are escaped, trailing blanks go,
 * and leading and trailing blank lines are dropped (so a blank message leaves no gap above the
 * first line). {@link #DEFAULT} is the header Alembic writes: the message, a blank line,
 * {@code Revision ID:}, {@code Revises:}, {@code Create Date:}.
 */
public final class RevisionHeaderTemplate {
  /** The built-in header. */
  public static final String DEFAULT_TEXT = """
      {message}

      Revision ID: {id}
      Revises: {revises}
      Create Date: {create_date}
      """;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static final List<String> PLACEHOLDERS = List.of("message", "id", "revises", "create_date", "branch_labels",
      "depends_on");

  /** The built-in header, Alembic's. */
  public static final RevisionHeaderTemplate DEFAULT = parse(DEFAULT_TEXT, "the built-in revision header");

  private final String text;

  private RevisionHeaderTemplate(String text) {
    this.text = text;
  }

  /**
   * Checks a template's placeholders.
   *
   * @param origin where the text comes from, for the message of a failure
   * @throws IllegalArgumentException naming an unknown placeholder
   */
  public static RevisionHeaderTemplate parse(String text, String origin) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      if (!PLACEHOLDERS.contains(matcher.group(1))) {
        throw new IllegalArgumentException("Unknown placeholder " + matcher.group() + " in " + origin + "; the placeholders are {"
            + String.join("}, {", PLACEHOLDERS) + "}");
      }
    }
    return new RevisionHeaderTemplate(text);
  }

  /**
   * Reads a template file (UTF-8).
   *
   * @throws IOException when it cannot be read ({@link java.nio.file.NoSuchFileException} when it is missing)
   * @throws IllegalArgumentException naming an unknown placeholder
   */
  public static RevisionHeaderTemplate read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  public String text() {
    return text;
  }

  /** The header lines of a revision, safe inside Javadoc; empty when the template renders to blank lines only. */
  List<String> render(RevisionSpec spec) {
    Map<String, String> values = Map.of(
        "message", spec.message().strip(),
        "id", spec.id(),
        "revises", String.join(", ", spec.revises()),
        "create_date", RevisionHeader.CREATE_DATE.format(spec.createDate()),
        "branch_labels", String.join(", ", spec.branchLabels()),
        "depends_on", String.join(", ", spec.dependsOn()));
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder rendered = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(rendered, Matcher.quoteReplacement(values.get(matcher.group(1))));
    }
    matcher.appendTail(rendered);
    List<String> lines = new ArrayList<>(CommentText.javadocLines(rendered.toString()));
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
