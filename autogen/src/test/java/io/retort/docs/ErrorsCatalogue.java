package io.retort.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docs/errors.md} read as data: each {@code ### } heading is one error, and the bullets under
 * it are its fields ({@code - **Message:** ...}, {@code - **Exit code:** ...}, ..., {@code - **Test:**
 * `Class#method`}), a field running on over indented lines. The structure is kept this plain so the
 * page stays easy to write and this reader stays trivial.
 */
record ErrorsCatalogue(List<Entry> entries) {
  /** The fields every entry has, in this order on the page. */
  static final List<String> FIELDS = List.of("Message", "Exit code", "Cause", "Database afterwards", "What to do", "Test");

  private static final Pattern FIELD = Pattern.compile("^- \\*\\*([^*]+):\\*\\*\\s*(.*)$");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  /** What varies in a message: {@code {name}}, or {@code …} for a tail that lists what varies. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*\\}|…");

  /**
   * One catalogued error.
   *
   * @param heading its {@code ### } heading, without the hashes
   * @param line the heading's line number
   * @param fields field name to text, in page order
   */
  record Entry(String heading, int line, Map<String, String> fields) {
    String field(String name) {
      return fields.getOrDefault(name, "");
    }

    /** The message as catalogued: the first code span of the Message field. */
    String message() {
      Matcher code = CODE.matcher(field("Message"));
      return code.find() ? code.group(1) : "";
    }

    /** The fixed parts of the message, between its placeholders, without the {@code FAILED: } prefix; none blank. */
    List<String> fixedParts() {
      String message = message().startsWith("FAILED: ") ? message().substring("FAILED: ".length()) : message();
      return PLACEHOLDER.splitAsStream(message).filter(part -> !part.isEmpty()).toList();
    }

    /** The test's class name, from {@code Class#method}. */
    String testClass() {
      String test = testReference();
      return test.contains("#") ? test.substring(0, test.indexOf('#')) : test;
    }

    String testMethod() {
      String test = testReference();
      return test.contains("#") ? test.substring(test.indexOf('#') + 1) : "";
    }

    private String testReference() {
      Matcher code = CODE.matcher(field("Test"));
      return code.find() ? code.group(1) : "";
    }

    @Override
    public String toString() {
      return "'" + heading + "' (line " + line + ")";
    }
  }

  static ErrorsCatalogue read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ErrorsCatalogue parse(String markdown) {
    List<String> lines = markdown.lines().toList();
    List<Entry> entries = new ArrayList<>();
    String heading = null;
    int headingLine = 0;
    Map<String, String> fields = new LinkedHashMap<>();
    String current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        if (heading != null) {
          entries.add(new Entry(heading, headingLine, fields));
        }
        heading = line.startsWith("### ") ? line.substring(4).strip() : null;
        headingLine = i + 1;
        fields = new LinkedHashMap<>();
        current = null;
        continue;
      }
      if (heading == null) {
        continue;
      }
      Matcher field = FIELD.matcher(line);
      if (field.matches()) {
        current = field.group(1).strip();
        fields.put(current, field.group(2).strip());
      } else if (current != null && line.startsWith("  ") && !line.isBlank()) {
        fields.put(current, fields.get(current) + " " + line.strip());
      } else {
        current = null;
      }
    }
    if (heading != null) {
      entries.add(new Entry(heading, headingLine, fields));
    }
    return new ErrorsCatalogue(entries);
  }
}
