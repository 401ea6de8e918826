package io.retort.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Output that starts every line with a prefix, e.g. {@code [main] }, so that the lines of a command
 * run on several databases say which database they are about. Writes through to the stream it wraps
 * (UTF-8; a line break byte never occurs inside a multi-byte character).
 */
final class LinePrefixStream extends OutputStream {
  private final PrintStream target;
  private final byte[] prefix;
  private boolean atLineStart = true;

  private LinePrefixStream(PrintStream target, String prefix) {
    this.target = target;
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
  }

  /** A UTF-8 print stream onto {@code target} whose every line starts with {@code prefix}. */
  static PrintStream wrap(PrintStream target, String prefix) {
    return new PrintStream(new LinePrefixStream(target, prefix), true, StandardCharsets.UTF_8);
  }

  @Override
  public void write(int b) {
    if (atLineStart) {
      target.write(prefix, 0, prefix.length);
      atLineStart = false;
    }
    target.write(b);
    if (b == '\n') {
      atLineStart = true;
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  @Override
  public void flush() throws IOException {
    target.flush();
  }
}
