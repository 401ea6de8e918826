package io.retort.autogen.evolution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retort.runtime.testing.TestDatabase;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Randomized model evolution with Hibernate as the oracle (see {@link EvolutionRun} for what each
 * step asserts). CI runs a fixed set of seeds; a long run sets {@code -Devolution.seeds=1-50
 * -Devolution.steps=40 -Devolution.databases=H2,POSTGRESQL,MARIADB}; {@code -Devolution.timing=true}
 * prints where each step's time goes. A failure starts with the command that replays its seed, then
 * the step, its edit, the entity sources it changed and the revision autogenerate wrote.
 */
class ModelEvolutionIT {

  static Stream<Arguments> runs() {
    EvolutionSettings settings = EvolutionSettings.fromSystemProperties();
    return settings.databases().stream()
        .flatMap(kind -> settings.seeds().stream().map(seed -> Arguments.of(kind, seed, settings.steps())));
  }

  @ParameterizedTest(name = "{0} seed {1}, {2} steps")
  @MethodSource("runs")
  void evolvesLikeHibernate(TestDatabase.Kind kind, long seed, int steps, @TempDir Path dir) throws Exception {
    int rows = new EvolutionRun(kind, seed, steps, dir).run();
    assertTrue(steps < 2 || rows > 0, "rows were written and checked");
  }
}
