package io.retort.docs;

import java.util.List;

/**
 * One fenced code block of a guide.
 *
 * @param line the 1-based line of its opening fence
 * @param language the first word of the info string ({@code bash}, {@code text}, {@code java}, ...), or empty
 * @param lines the lines between the fences
 * @param directive the {@code <!-- guide: ... -->} comment right above it, or null
 * @param section the heading it stands under
 */
record GuideBlock(int line, String language, List<String> lines, Directive directive, String section) {
  GuideBlock {
    lines = List.copyOf(lines);
  }

  String text() {
    return String.join("\n", lines);
  }

  boolean isShell() {
    return language.equals("bash") || language.equals("sh") || language.equals("shell");
  }

  boolean hasDirective(Directive.Kind kind) {
    return directive != null && directive.kind() == kind;
  }

  /**
   * Whether the guide test leaves this block to {@value GuideRun#PLUGIN_IT}: it is skipped with a
   * reason that names that test, which runs it (the Maven plugin's goals, which need the plugin built).
   */
  boolean runByPluginIt() {
    return hasDirective(Directive.Kind.SKIP) && directive.argument().contains(GuideRun.PLUGIN_IT);
  }

  /** The same block as the test that runs it sees it: without the skip that leaves it to that test. */
  GuideBlock withoutDirective() {
    return new GuideBlock(line, language, lines, null, section);
  }

  /** Where it is, for failure messages: {@code line 120 (## Workflow)}. */
  String where() {
    return "line " + line + " (" + section + ")";
  }
}
