package io.retort.autogen.evolution;

import io.retort.runtime.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which seeds, how many steps and which databases a run uses: the CI set unless the system
 * properties {@code evolution.seeds} ({@code 1-50} or {@code 3,7,11}), {@code evolution.steps} and
 * {@code evolution.databases} ({@code H2,POSTGRESQL,MARIADB}) say otherwise.
 */
record EvolutionSettings(List<Long> seeds, int steps, List<TestDatabase.Kind> databases) {
  /** Seeds 1 and 2, and 29, which made an enum column NOT NULL after backfilling it (a row-filler bug the long run found). */
  static final String CI_SEEDS = "1,2,29";
  static final int CI_STEPS = 10;

  static EvolutionSettings fromSystemProperties() {
    return new EvolutionSettings(seeds(System.getProperty("evolution.seeds", CI_SEEDS)),
        Integer.parseInt(System.getProperty("evolution.steps", String.valueOf(CI_STEPS)).trim()),
        Arrays.stream(System.getProperty("evolution.databases", "H2,POSTGRESQL,MARIADB").split(","))
            .map(s -> TestDatabase.Kind.valueOf(s.trim().toUpperCase(Locale.ROOT))).toList());
  }

  static List<Long> seeds(String spec) {
    List<Long> seeds = new ArrayList<>();
    for (String part : spec.split(",")) {
      String p = part.trim();
      int dash = p.indexOf('-', 1);
      if (dash > 0) {
        for (long s = Long.parseLong(p.substring(0, dash)); s <= Long.parseLong(p.substring(dash + 1)); s++) {
          seeds.add(s);
        }
      } else if (!p.isEmpty()) {
        seeds.add(Long.parseLong(p));
      }
    }
    return seeds;
  }

  /** The command that runs one seed again, with the same number of steps, on one database. */
  static String replay(long seed, int steps, TestDatabase.Kind kind) {
    return "mvn -B -o verify -pl runtime,templates,autogen -Dtest=ModelEvolutionIT -Dsurefire.failIfNoSpecifiedTests=false -Devolution.seeds=" + seed
        + " -Devolution.steps=" + steps + " -Devolution.databases=" + kind;
  }
}
