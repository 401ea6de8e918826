package io.retort.autogen.compare;

import java.util.Objects;

/**
 * The {@link Safety} of one operation and why, e.g. {@code DANGER: drops column 'products.old' and its data}.
 *
 * @param level how risky the operation is
 * @param reason one line for people, without a trailing period
 */
public record SafetyVerdict(Safety level, String reason) {
  public SafetyVerdict {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(reason, "reason");
  }

  public static SafetyVerdict safe(String reason) {
    return new SafetyVerdict(Safety.SAFE, reason);
  }

  public static SafetyVerdict caution(String reason) {
    return new SafetyVerdict(Safety.CAUTION, reason);
  }

  public static SafetyVerdict danger(String reason) {
    return new SafetyVerdict(Safety.DANGER, reason);
  }

  /** Whether a reviewer should be warned (CAUTION or DANGER). */
  public boolean needsWarning() {
    return level != Safety.SAFE;
  }

  /** {@code DANGER: drops column 'products.old' and its data}: the text of a warning line or comment. */
  public String warning() {
    return level + ": " + reason;
  }
}
