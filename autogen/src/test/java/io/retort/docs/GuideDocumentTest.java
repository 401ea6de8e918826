package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideDocumentTest {

  @Test
  void blocksCarryTheirSectionAndTheDirectiveRightAboveThem() {
    GuideDocument guide = GuideDocument.parse("g.md", String.join("\n",
        "# Guide",
        "## Setup",
        "Some prose.",
        "",
        "<!-- guide: file sample-app/retort.properties -->",
        "",
        "```properties",
        "url = x",
        "```",
        "",
        "```bash",
        "retort current",
        "```"));
    assertEquals(2, guide.blocks().size());
    GuideBlock first = guide.blocks().get(0);
    assertEquals("properties", first.language());
    assertEquals("## Setup", first.section());
    assertEquals(Directive.Kind.FILE, first.directive().kind());
    assertEquals("sample-app/retort.properties", first.directive().argument());
    assertEquals(List.of("retort current"), guide.blocks().get(1).lines());
    assertNull(guide.blocks().get(1).directive());
  }

  @Test
  void aBlockInAListItemLosesTheIndentationOfItsFence() {
    GuideDocument guide = GuideDocument.parse("g.md", "- item:\n\n  ```diff\n  --- a/A\n   context\n  ```\n");
    assertEquals(List.of("--- a/A", " context"), guide.blocks().get(0).lines());
  }

  @Test
  void aDirectiveThatIsNotRightAboveABlockIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> GuideDocument.parse("g.md", "<!-- guide: imports -->\nprose\n```java\n```\n"));
    assertThrows(IllegalArgumentException.class, () -> GuideDocument.parse("g.md", "text\n<!-- guide: imports -->\n"));
    assertThrows(IllegalArgumentException.class, () -> GuideDocument.parse("g.md", "```bash\nretort current\n"));
  }

  @Test
  void directivesSayWhatTheyNeed() {
    Directive onPostgres = Directive.parse("<!-- guide: file migration.sql on POSTGRESQL -->");
    assertEquals("migration.sql", onPostgres.argument());
    assertTrue(onPostgres.appliesTo(TestDatabase.Kind.POSTGRESQL));
    assertTrue(!onPostgres.appliesTo(TestDatabase.Kind.H2));
    assertTrue(Directive.parse("<!-- guide: output -->").appliesTo(TestDatabase.Kind.MARIADB));
    assertEquals("needs the network on the build machine", Directive.parse("<!-- guide: skip needs the network on the build machine -->").argument());
    assertThrows(IllegalArgumentException.class, () -> Directive.parse("<!-- guide: skip -->"));
    assertThrows(IllegalArgumentException.class, () -> Directive.parse("<!-- guide: file -->"));
    assertThrows(IllegalArgumentException.class, () -> Directive.parse("<!-- guide: imports java.util -->"));
    assertThrows(IllegalArgumentException.class, () -> Directive.parse("<!-- guide: run everything -->"));
  }
}
