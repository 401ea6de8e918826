package io.retort.runtime.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A hash chain over a revision's statements: the fingerprint after statement k is SHA-256 of the
 * fingerprint after statement k-1 and statement k's text and parameters. The progress table keeps
 * the fingerprint of the statements done, so {@code repair --resume} can tell whether the revision's
 * code still starts with exactly the statements that ran (one hash per statement, however long the revision).
 */
final class StatementFingerprint {
  /** The fingerprint of no statements. */
  static final String EMPTY = "";

  private StatementFingerprint() {
  }

  /** The fingerprint after {@code step}, given the one before it. */
  static String next(String previous, OperationRunner.Step step) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(previous.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
      digest.update(step.describe().getBytes(StandardCharsets.UTF_8));
      if (step.statement() != null) {
        digest.update(String.valueOf(step.statement().parameters()).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fingerprint of the first {@code count} steps. */
  static String of(List<OperationRunner.Step> steps, int count) {
    String fingerprint = EMPTY;
    for (int i = 0; i < count; i++) {
      fingerprint = next(fingerprint, steps.get(i));
    }
    return fingerprint;
  }
}
