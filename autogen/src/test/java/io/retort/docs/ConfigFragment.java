package io.retort.docs;

import io.retort.runtime.config.RetortConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Proves that a {@code properties} block of a guide is a valid piece of {@code retort.properties}:
 * Retort loads it (it refuses unknown keys) and reads every setting the block gives a value to, so
 * a misspelt key or a value Retort cannot parse fails the guide.
 */
final class ConfigFragment {
  private ConfigFragment() {
  }

  static void check(GuideBlock block, Path scratch) {
    check(block.text(), "the properties block at " + block.where(), scratch.resolve("fragment-" + block.line()));
  }

  /**
   * Proves that {@code text} is a valid piece of {@code retort.properties}.
   *
   * @param what what the text is, for the failure message
   * @param directory where to write it as a config file
   */
  static void check(String text, String what, Path directory) {
    Path file = directory.resolve(RetortConfig.FILE_NAME);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      RetortConfig config = RetortConfig.load(file, Map.of());
      config.settings();
      config.compareType();
      config.compareServerDefault();
      config.includeTables();
      config.excludeTables();
      config.versionTable();
      config.hibernateSettings();
      if (config.get("script_location") != null) {
        config.scriptLocation();
      }
      if (config.get("migrations_package") != null) {
        config.migrationsPackage();
      }
      if (config.get("url") != null) {
        config.url();
      }
    } catch (RuntimeException e) {
      throw new AssertionError(what + " is not a valid retort.properties: " + e.getMessage(), e);
    }
  }
}
