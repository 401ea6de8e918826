package io.retort.runtime;

/**
 * A failure the user can act on. Its message is the one line the command line prints: it names
 * the problem and what to do about it.
 */
public class RetortException extends RuntimeException {
  public RetortException(String message) {
    super(message);
  }

  public RetortException(String message, Throwable cause) {
    super(message, cause);
  }
}
