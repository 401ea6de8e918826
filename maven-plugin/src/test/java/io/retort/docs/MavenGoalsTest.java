package io.retort.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MavenGoalsTest {
  @Test
  void showsWhatTheRetortGoalsLoggedAndNotMavensOwnLines() {
    String printed = """
        [INFO] Scanning for projects...
        [INFO]
        [INFO] --- maven-compiler-plugin:3.14.1:compile (default-compile) @ shop ---
        [INFO] Nothing to compile - all classes are up to date.
        [INFO]
        [INFO] --- retort-maven-plugin:0.1.0-SNAPSHOT:upgrade (default-cli) @ shop ---
        [INFO] Downloading from dev: file:///somewhere/plexus-utils-1.1.jar
        [WARNING] Could not validate integrity of download
        [INFO] Running upgrade  -> a17a6ad1d75e, Add product table
        [INFO]
        [INFO] >>> retort-maven-plugin:0.1.0-SNAPSHOT:check (default-cli) > compile @ shop >>>
        [INFO] --- retort-maven-plugin:0.1.0-SNAPSHOT:check (default-cli) @ shop ---
        [INFO] Detected added column 'products.weight_grams'
        [INFO] ------------------------------------------------------------------------
        [INFO] BUILD FAILURE
        [ERROR] Failed to execute goal io.retort:retort-maven-plugin:0.1.0-SNAPSHOT:check (default-cli) on project shop: New upgrade operations detected -> [Help 1]
        [ERROR]
        [ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.
        """;
    assertEquals("""
        [INFO] Running upgrade  -> a17a6ad1d75e, Add product table
        [INFO] Detected added column 'products.weight_grams'
        [ERROR] Failed to execute goal io.retort:retort-maven-plugin:0.1.0-SNAPSHOT:check (default-cli) on project shop: New upgrade operations detected -> [Help 1]
        """, MavenGoals.shown(printed, true));
  }

  @Test
  void aGoalsBlankLinesInsideItsOutputStay() {
    String printed = """
        [INFO] --- retort-maven-plugin:0.1.0-SNAPSHOT:show (default-cli) @ shop ---
        [INFO] Rev: 894a5597a282
        [INFO]
        [INFO]     Add product description
        [INFO] ------------------------------------------------------------------------
        """;
    assertEquals("[INFO] Rev: 894a5597a282\n[INFO]\n[INFO]     Add product description\n", MavenGoals.shown(printed, false));
  }
}
