package io.retort.runtime.config;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The pattern of new revision class (and file) names, {@code file_template} in
 * {@code retort.properties}: literal text and the tokens {@code {id}}, {@code {slug}}, {@code {year}},
 * {@code {month}}, {@code {day}}, {@code {hour}}, {@code {minute}}, {@code {second}} (the date tokens
 * come from the revision's create date, zero-padded). The default, {@value #DEFAULT_PATTERN}, gives
 * {@code R3f2a9c1b7d4e_add_product_description}.
 *
 * <p>{@link #parse} accepts only patterns whose every result is a valid Java class name holding the
 * id: the pattern contains {@code {id}}, starts with a letter or {@code _}, and its literal text is
 * ASCII letters, digits and {@code _}. When the slug is empty (a message without ASCII letters or
 * digits), {@code {slug}} goes together with the underscores that separate it from the rest, so
 * {@code R{id}_{slug}} gives {@code R3f2a9c1b7d4e}, never a dangling {@code _}.
 */
public final class FileTemplate {
  public static final String DEFAULT_PATTERN = "R{id}_{slug}";
  private static final String ID = "id";
  private static final String SLUG = "slug";
  private static final Map<String, Function<LocalDateTime, String>> DATE_TOKENS = Map.of(
      "year", d -> String.format("%04d", d.getYear()),
      "month", d -> String.format("%02d", d.getMonthValue()),
      "day", d -> String.format("%02d", d.getDayOfMonth()),
      "hour", d -> String.format("%02d", d.getHour()),
      "minute", d -> String.format("%02d", d.getMinute()),
      "second", d -> String.format("%02d", d.getSecond()));

  /** {@value #DEFAULT_PATTERN}. */
  public static final FileTemplate DEFAULT = parse(DEFAULT_PATTERN);

  /** A run of literal text, or a token (its name without braces). */
  private record Segment(String text, boolean token) {
  }

  private final String pattern;
  private final List<Segment> segments;

  private FileTemplate(String pattern, List<Segment> segments) {
    this.pattern = pattern;
    this.segments = List.copyOf(segments);
  }

  /**
   * Checks and parses a pattern.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static FileTemplate parse(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int close = pattern.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("'{' at position " + (i + 1) + " is not closed");
        }
        String name = pattern.substring(i + 1, close);
        if (!isToken(name)) {
          throw new IllegalArgumentException("unknown token {" + name + "}; the tokens are {id}, {slug}, {year}, {month}, "
              + "{day}, {hour}, {minute}, {second}");
        }
        segments.add(new Segment(name, true));
        i = close + 1;
      } else if (isLiteral(c)) {
        int end = i;
        while (end < pattern.length() && isLiteral(pattern.charAt(end))) {
          end++;
        }
        segments.add(new Segment(pattern.substring(i, end), false));
        i = end;
      } else {
        throw new IllegalArgumentException("'" + c + "' cannot be part of a Java class name; use ASCII letters, digits, '_' "
            + "and tokens");
      }
    }
    if (segments.stream().noneMatch(s -> s.token() && s.text().equals(ID))) {
      throw new IllegalArgumentException("it must contain {id}, so every revision gets its own file");
    }
    Segment first = segments.get(0);
    if (first.token() || Character.isDigit(first.text().charAt(0))) {
      throw new IllegalArgumentException("it must start with a letter or '_' (the id, slug and date may start with a digit), "
          + "e.g. R{id}_{slug}");
    }
    return new FileTemplate(pattern, segments);
  }

  private static boolean isToken(String name) {
    return name.equals(ID) || name.equals(SLUG) || DATE_TOKENS.containsKey(name);
  }

  private static boolean isLiteral(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  public String pattern() {
    return pattern;
  }

  /** Whether the pattern uses a date token, so that a name needs the create date. */
  public boolean usesDate() {
    return segments.stream().anyMatch(s -> s.token() && DATE_TOKENS.containsKey(s.text()));
  }

  /**
   * The class name of a revision.
   *
   * @param id the revision id
   * @param slug the ASCII slug of the message ({@code [a-z0-9_]*}), possibly empty
   * @param createDate the create date; may be null when the pattern has no date token
   */
  public String render(String id, String slug, LocalDateTime createDate) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    if (createDate == null && usesDate()) {
      throw new IllegalArgumentException("file_template '" + pattern + "' uses the create date, and none was given");
    }
    String[] parts = new String[segments.size()];
    for (int i = 0; i < parts.length; i++) {
      Segment segment = segments.get(i);
      if (!segment.token()) {
        parts[i] = segment.text();
      } else if (segment.text().equals(ID)) {
        parts[i] = id;
      } else if (segment.text().equals(SLUG)) {
        parts[i] = slug;
      } else {
        parts[i] = DATE_TOKENS.get(segment.text()).apply(createDate);
      }
    }
    if (slug.isEmpty()) {
      for (int i = 0; i < parts.length; i++) {
        if (segments.get(i).token() && segments.get(i).text().equals(SLUG)) {
          dropSeparator(parts, i);
        }
      }
    }
    return String.join("", parts);
  }

  /**
   * For an empty slug at {@code slugIndex}: drops the underscores ending the literal before it, or,
   * when there are none (or they are all the name starts with), those starting the literal after it.
   */
  private void dropSeparator(String[] parts, int slugIndex) {
    int before = slugIndex - 1;
    if (before >= 0 && !segments.get(before).token() && parts[before].endsWith("_")) {
      String trimmed = parts[before].replaceAll("_+$", "");
      if (before > 0 || !trimmed.isEmpty()) {
        parts[before] = trimmed;
        return;
      }
    }
    int after = slugIndex + 1;
    if (after < parts.length && !segments.get(after).token()) {
      parts[after] = parts[after].replaceAll("^_+", "");
    }
  }

  @Override
  public String toString() {
    return pattern;
  }
}
