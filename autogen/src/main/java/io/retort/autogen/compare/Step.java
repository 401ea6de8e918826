package io.retort.autogen.compare;

import io.retort.runtime.ops.Operation;
import java.util.Objects;

/**
 * One planned change before it is classified and described: the upgrade operation and its downgrade.
 * The downgrade is {@code upgrade.reverse()}, which every operation the comparator emits must have;
 * only a raw statement ({@link io.retort.runtime.ops.Execute}) has its downgrade, detected line and
 * verdict given explicitly, because a statement cannot reverse or classify itself.
 */
record Step(Operation upgrade, Operation downgrade, String detectedLine, SafetyVerdict safety) {

  Step {
    Objects.requireNonNull(upgrade, "upgrade");
    Objects.requireNonNull(downgrade, "downgrade");
  }

  static Step of(Operation upgrade) {
    Operation downgrade = upgrade.reverse().orElseThrow(() -> new IllegalStateException(
        "the comparator emitted an operation it cannot reverse: " + upgrade));
    return new Step(upgrade, downgrade, null, null);
  }

  static Step explicit(Operation upgrade, Operation downgrade, String detectedLine, SafetyVerdict safety) {
    return new Step(upgrade, downgrade, Objects.requireNonNull(detectedLine), Objects.requireNonNull(safety));
  }
}
