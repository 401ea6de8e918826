package io.retort.spring;

import io.retort.runtime.RetortException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * When Retort stops the start (a failing revision, an edited one, a missing setting), the report
 * Spring Boot prints says what the command line would say: the {@link RetortException}'s one line,
 * instead of the chain of bean creation errors around it.
 */
public class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> implements Ordered {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
    return new FailureAnalysis(oneLine(cause.getMessage()),
        "Fix what the description names, then start the application again ('retort current' shows where the database is; "
            + "--debug prints the stack trace).", cause);
  }

  /** The message as the command line prints it after {@code FAILED: }. */
  static String oneLine(String message) {
    return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
