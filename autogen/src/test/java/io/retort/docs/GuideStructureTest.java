package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link GuideTest} cannot see by running one guide: that the translations say the same thing
 * (the same blocks, the same commands, messages aside), that the Korean guide really generates a
 * revision from a Korean message, that links lead somewhere, and that the guide test runs
 * {@code autogen} the way {@code bin/autogen} does.
 */
class GuideStructureTest {
  private static final Path CHECKOUT = Workspace.checkout();
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern REVISION_FILE = Pattern.compile("R([0-9a-f]{12})\\w*\\.java");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  static List<String> guides() {
    return GuideTest.GUIDES;
  }

  @Test
  void theTranslationsHaveTheSameBlocksAndRunTheSameCommands() {
    List<String> english = outline(GuideDocument.read(CHECKOUT.resolve("docs/guide.md"), "docs/guide.md"));
    List<String> korean = outline(GuideDocument.read(CHECKOUT.resolve("docs/ko/guide.md"), "docs/ko/guide.md"));
    assertEquals(String.join("\n", english), String.join("\n", korean));
  }

  @Test
  void theKoreanGuideGeneratesARevisionFromAKoreanMessage() {
    GuideDocument korean = GuideDocument.read(CHECKOUT.resolve("docs/ko/guide.md"), "docs/ko/guide.md");
    List<String> messages = new ArrayList<>();
    for (GuideBlock block : korean.blocks()) {
      if (!block.isShell() || block.hasDirective(Directive.Kind.SKIP)) {
        continue;
      }
      for (String text : block.lines()) {
        ShellLine line = ShellLine.parse(text);
        if (line != null && line.command().endsWith("autogen") && !line.arguments().isEmpty()) {
          messages.add(line.arguments().get(0));
        }
      }
    }
    assertTrue(messages.stream().anyMatch(m -> !m.matches(".*[A-Za-z].*") && m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HANGUL)), () -> "no autogen with a Korean message in " + messages);
  }

  @ParameterizedTest
  @MethodSource("guides")
  void linksLeadToAHeadingOrAFile(String guide) throws IOException {
    Path file = CHECKOUT.resolve(guide);
    String markdown = Files.readString(file, StandardCharsets.UTF_8);
    Set<String> anchors = new HashSet<>();
    for (String line : markdown.lines().toList()) {
      if (line.startsWith("#")) {
        anchors.add(anchor(line.replaceFirst("^#+\\s*", "")));
      }
    }
    Matcher link = LINK.matcher(markdown);
    while (link.find()) {
      String target = link.group(1);
      if (target.startsWith("#")) {
        assertTrue(anchors.contains(target.substring(1)), () -> guide + " links to " + target + ", which is no heading");
      } else if (!target.contains("://")) {
        assertTrue(Files.exists(file.getParent().resolve(target).normalize()), () -> guide + " links to " + target + ", which does not exist");
      }
    }
  }

  @Test
  void theGuideTestSplitsAutogenWordsAsTheLauncherDoes() throws IOException {
    String launcher = Files.readString(CHECKOUT.resolve("bin/autogen"), StandardCharsets.UTF_8);
    assertTrue(launcher.contains("while [ $# -gt 0 ] && [[ $1 != -* ]]; do"), "bin/autogen takes the words before the first option");
    assertTrue(launcher.contains("exec \"$(dirname \"$0\")/retort\" revision --autogenerate -m \"${words[*]}\" \"$@\""),
        "bin/autogen runs retort revision --autogenerate -m WORDS OPTIONS");
  }

  /** Each block as its kind, its directive and, for commands, the command lines with quoted messages and revision file names blanked. */
  private static List<String> outline(GuideDocument guide) {
    List<String> outline = new ArrayList<>();
    for (GuideBlock block : guide.blocks()) {
      String directive = block.directive() == null ? "" : " <" + block.directive().kind() + " "
          + (block.directive().kind() == Directive.Kind.SKIP ? "" : sameNames(block.directive().argument())) + ">";
      outline.add(block.language() + directive);
      if (block.isShell() && block.hasDirective(Directive.Kind.SKIP) && !block.runByPluginIt()) {
        block.lines().stream().filter(l -> !l.strip().startsWith("#")).map(l -> "  $ " + l.strip()).forEach(outline::add);
      } else if (block.isShell()) {
        block.lines().stream().filter(l -> ShellLine.parse(l) != null)
            .map(l -> "  $ " + sameNames(QUOTED.matcher(l.replaceAll("\\s+#.*$", "")).replaceAll("\"…\"")).strip())
            .forEach(outline::add);
      } else if (block.language().equals("java") && !block.lines().isEmpty() && block.lines().get(0).startsWith("// ")) {
        outline.add("  " + sameNames(block.lines().get(0)));
      }
    }
    return outline;
  }

  private static String sameNames(String text) {
    return REVISION_FILE.matcher(text).replaceAll("R$1….java");
  }

  /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as '-'. */
  private static String anchor(String heading) {
    return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
  }
}
