package io.retort.autogen.scan;

import io.retort.runtime.RetortException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.boot.registry.selector.spi.StrategySelectionException;

/**
 * Turns an exception Hibernate threw while mapping (or a class it could not link) into a one-line
 * {@link RetortException} that names the class at fault, when Hibernate's message lets us tell, and
 * Hibernate's reason.
 */
final class MappingFailure {
  private static final int MAX_CAUSES = 4;

  private MappingFailure() {
  }

  static RetortException explain(Throwable failure, MappedClasses classes, List<String> packages) {
    if (failure instanceof RetortException retort) {
      return retort;
    }
    if (isBadSetting(failure)) {
      return badSettings(failure);
    }
    String reason = reason(failure);
    return culprit(reason, classes)
        .map(name -> new RetortException("Cannot map entity " + name + ": " + reason, failure))
        .orElseGet(() -> new RetortException("Cannot map the entities of packages " + packages + ": " + reason, failure));
  }

  /** A failure to start Hibernate with the project's settings (an unknown dialect or naming strategy class...). */
  static RetortException badSettings(Throwable failure) {
    return new RetortException("Cannot start Hibernate with the project's hibernate.* settings: " + reason(failure), failure);
  }

  /** Whether Hibernate could not resolve a class named in a setting (dialect, naming strategy, ...). */
  private static boolean isBadSetting(Throwable failure) {
    for (Throwable current = failure; current != null; current = current.getCause()) {
      if (current instanceof StrategySelectionException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hibernate's message, followed by those of its causes that add something. A missing class
   * ({@link LinkageError}) is named with its error type, as its message is only the class name.
   */
  static String reason(Throwable failure) {
    StringBuilder reason = new StringBuilder();
    Throwable current = failure;
    for (int depth = 0; current != null && depth < MAX_CAUSES; depth++, current = current.getCause()) {
      String message = current instanceof LinkageError ? current.toString() : current.getMessage();
      if (message == null || message.isBlank() || reason.indexOf(message) >= 0) {
        continue;
      }
      if (reason.length() > 0) {
        reason.append(": ");
      }
      reason.append(message.strip());
    }
    return reason.length() == 0 ? failure.getClass().getName() : reason.toString();
  }

  /**
   * The scanned class the message names: a fully qualified name first (the earliest mentioned), else
   * a simple name in quotes, the way Hibernate names entities ({@code 'Product'}).
   */
  static Optional<String> culprit(String message, MappedClasses classes) {
    Optional<String> qualified = classes.all().stream()
        .filter(name -> mentions(message, name))
        .min(Comparator.comparingInt((String name) -> firstMention(message, name))
            .thenComparing(Comparator.comparingInt(String::length).reversed()));
    if (qualified.isPresent()) {
      return qualified;
    }
    return classes.all().stream()
        .filter(name -> message.contains("'" + simpleName(name) + "'"))
        .findFirst();
  }

  private static boolean mentions(String message, String className) {
    return firstMention(message, className) >= 0;
  }

  /** Where {@code className} first appears as a whole name (not as the prefix of a longer one), or -1. */
  private static int firstMention(String message, String className) {
    int from = 0;
    while (true) {
      int at = message.indexOf(className, from);
      if (at < 0) {
        return -1;
      }
      int end = at + className.length();
      boolean wholeStart = at == 0 || !Character.isJavaIdentifierPart(message.charAt(at - 1)) && message.charAt(at - 1) != '.';
      boolean wholeEnd = end == message.length() || !Character.isJavaIdentifierPart(message.charAt(end));
      if (wholeStart && wholeEnd) {
        return at;
      }
      from = at + 1;
    }
  }

  private static String simpleName(String className) {
    String name = className.substring(className.lastIndexOf('.') + 1);
    return name.substring(name.lastIndexOf('$') + 1);
  }
}
