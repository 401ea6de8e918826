package io.retort.autogen.compare;

import io.retort.runtime.ops.Operation;
import java.util.Objects;

/**
 * One detected difference: the operation that brings the database to the entities, the operation
 * that undoes it, how risky it is, and the line {@code autogen} and {@code retort check} print.
 *
 * @param upgrade the operation for {@code upgrade()}
 * @param downgrade its exact reverse, for {@code downgrade()} (normally {@code upgrade.reverse()})
 * @param safety how risky the upgrade is for existing data
 * @param detectedLine e.g. {@code Detected added column 'products.description'}
 */
public record Change(Operation upgrade, Operation downgrade, SafetyVerdict safety, String detectedLine) {
  public Change {
    Objects.requireNonNull(upgrade, "upgrade");
    Objects.requireNonNull(downgrade, "downgrade");
    Objects.requireNonNull(safety, "safety");
    Objects.requireNonNull(detectedLine, "detectedLine");
  }
}
