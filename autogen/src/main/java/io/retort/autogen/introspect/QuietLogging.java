package io.retort.autogen.introspect;


import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SchemaCrawler logs every step through java.util.logging at INFO; a command line must not print
 * that. Its loggers are set to SEVERE unless a logging configuration already gave them a level: its
 * failures reach Retort as exceptions anyway. The loggers are held here because java.util.logging
 * forgets the level of a logger nobody references.
 */
final class QuietLogging {

  private static final List<Logger> SCHEMACRAWLER_LOGGERS =
      List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));

  private QuietLogging() {
  }

  static void quietSchemaCrawler() {
    for (Logger logger : SCHEMACRAWLER_LOGGERS) {
      if (logger.getLevel() == null) {
        logger.setLevel(Level.SEVERE);
      }
    }
  }
}
