package io.retort.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A guide in Markdown, read as the guide test needs it: its fenced code blocks in order, each with
 * the heading it stands under and the {@code <!-- guide: ... -->} directive right above it (only
 * blank lines may come between). A directive that is not right above a block is an error, so none
 * is silently ignored.
 *
 * @param name the guide's name for test reports, e.g. {@code docs/ko/guide.md}
 * @param blocks the fenced blocks in document order
 */
record GuideDocument(String name, List<GuideBlock> blocks) {
  GuideDocument {
    blocks = List.copyOf(blocks);
  }

  static GuideDocument read(Path file, String name) {
    try {
      return parse(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GuideDocument parse(String name, String markdown) {
    List<String> lines = markdown.lines().toList();
    List<GuideBlock> blocks = new ArrayList<>();
    String section = "(top)";
    Directive pending = null;
    int pendingLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String stripped = line.strip();
      if (stripped.startsWith("```")) {
        String fence = stripped.substring(0, stripped.length() - stripped.replaceFirst("^`+", "").length());
        String info = stripped.substring(fence.length()).strip();
        String language = info.isEmpty() ? "" : info.split("\\s+")[0];
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).strip().equals(fence)) {
          end++;
        }
        if (end == lines.size()) {
          throw new IllegalArgumentException(name + ": the block at line " + (i + 1) + " is never closed");
        }
        int indent = line.length() - line.stripLeading().length();
        blocks.add(new GuideBlock(i + 1, language, unindent(lines.subList(i + 1, end), indent), pending, section));
        pending = null;
        i = end;
        continue;
      }
      if (Directive.isDirective(line)) {
        if (pending != null) {
          throw new IllegalArgumentException(name + ": two directives in a row at lines " + pendingLine + " and " + (i + 1));
        }
        try {
          pending = Directive.parse(line);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + ", line " + (i + 1) + ": " + e.getMessage(), e);
        }
        pendingLine = i + 1;
        continue;
      }
      if (stripped.isEmpty()) {
        continue;
      }
      if (pending != null) {
        throw new IllegalArgumentException(name + ": the directive at line " + pendingLine
            + " is not right above a code block (only blank lines may come between)");
      }
      if (stripped.startsWith("#")) {
        section = stripped;
      }
    }
    if (pending != null) {
      throw new IllegalArgumentException(name + ": the directive at line " + pendingLine + " has no code block below it");
    }
    return new GuideDocument(name, blocks);
  }

  /** The content of a block whose fence is indented (in a list item) loses up to that indentation, as CommonMark says. */
  private static List<String> unindent(List<String> lines, int indent) {
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      int spaces = 0;
      while (spaces < indent && spaces < line.length() && line.charAt(spaces) == ' ') {
        spaces++;
      }
      result.add(line.substring(spaces));
    }
    return result;
  }
}
