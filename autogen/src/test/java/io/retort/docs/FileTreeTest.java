package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeTest {
  @TempDir
  Path tmp;

  @Test
  void aDrawingNamesFilesAndEmptyDirectoriesAsTheDiskDoes() throws Exception {
    List<String> drawing = List.of(
        "backend/",
        "├── retort.properties            # the configuration",
        "├── empty/",
        "└── src/main/java/db/migrations/ # a chain of directories",
        "    ├── README.md",
        "    └── old/",
        "        └── R1.java");
    assertEquals(List.of("empty/", "retort.properties", "src/main/java/db/migrations/README.md",
        "src/main/java/db/migrations/old/R1.java"), FileTree.entries(drawing));

    Files.createDirectories(tmp.resolve("empty"));
    Files.createDirectories(tmp.resolve("src/main/java/db/migrations/old"));
    Files.writeString(tmp.resolve("retort.properties"), "");
    Files.writeString(tmp.resolve("src/main/java/db/migrations/README.md"), "");
    Files.writeString(tmp.resolve("src/main/java/db/migrations/old/R1.java"), "");
    assertEquals(FileTree.entries(drawing), FileTree.onDisk(tmp));
  }

  @Test
  void aMisdrawnTreeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> FileTree.entries(List.of("retort.properties")));
    assertThrows(IllegalArgumentException.class, () -> FileTree.entries(List.of("backend/", "        └── deep")));
    assertThrows(IllegalArgumentException.class, () -> FileTree.entries(List.of("backend/", "  - a list")));
  }
}
