package io.retort.autogen.flyway;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Flyway migration version, ordered as Flyway orders them: the parts between {@code .} or
 * {@code _} compared as whole numbers from the left, trailing zeros ignored, so
 * {@code 1 = 1.0 < 1.1 = 1_1 < 1.2 < 1.10 < 2}.
 *
 * @param parts the numbers, without trailing zeros (at least one part)
 */
public record FlywayVersion(List<BigInteger> parts) implements Comparable<FlywayVersion> {
  private static final Pattern TEXT = Pattern.compile("\\d+([._]\\d+)*");

  public FlywayVersion {
    List<BigInteger> trimmed = new ArrayList<>(parts);
    while (trimmed.size() > 1 && trimmed.get(trimmed.size() - 1).signum() == 0) {
      trimmed.remove(trimmed.size() - 1);
    }
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("a version has at least one part");
    }
    parts = List.copyOf(trimmed);
  }

  /** Whether {@code text} is a version as Flyway reads one from a file name ({@code 2}, {@code 1_1}, {@code 1.2.3}). */
  public static boolean isVersion(String text) {
    return TEXT.matcher(text).matches();
  }

  /**
   * @throws IllegalArgumentException when the text is not digits separated by {@code .} or {@code _}
   */
  public static FlywayVersion parse(String text) {
    if (!isVersion(text)) {
      throw new IllegalArgumentException("not a Flyway version: '" + text + "'");
    }
    List<BigInteger> parts = new ArrayList<>();
    for (String part : text.split("[._]")) {
      parts.add(new BigInteger(part));
    }
    return new FlywayVersion(parts);
  }

  public static FlywayVersion of(long major) {
    return new FlywayVersion(List.of(BigInteger.valueOf(major)));
  }

  /** The first part. */
  public BigInteger major() {
    return parts.get(0);
  }

  /** The next whole version after this one: {@code 2} after {@code 1}, {@code 1.1} or {@code 1_9_3}. */
  public FlywayVersion nextMajor() {
    return new FlywayVersion(List.of(major().add(BigInteger.ONE)));
  }

  @Override
  public int compareTo(FlywayVersion other) {
    int length = Math.max(parts.size(), other.parts.size());
    for (int i = 0; i < length; i++) {
      BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
      BigInteger b = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
      int compared = a.compareTo(b);
      if (compared != 0) {
        return compared;
      }
    }
    return 0;
  }

  /** As in a file name: the parts joined with {@code _} ({@code 1_1}). */
  public String fileText() {
    return String.join("_", parts.stream().map(BigInteger::toString).toList());
  }

  /** As Flyway prints it: the parts joined with {@code .} ({@code 1.1}). */
  @Override
  public String toString() {
    return String.join(".", parts.stream().map(BigInteger::toString).toList());
  }
}
