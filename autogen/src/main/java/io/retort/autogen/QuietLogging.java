package io.retort.autogen;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SchemaCrawler and Hibernate log every step through java.util.logging (Hibernate even warns that
 * the dialect it is given "does not need to be specified"); a command line must not print that.
 * Their loggers are set to SEVERE unless a logging configuration already gave them a level: their
 * failures reach Retort as exceptions anyway. The loggers are held here because java.util.logging
 * forgets the level of a logger nobody references.
 */
public final class QuietLogging {

  private static final List<Logger> SCHEMACRAWLER_LOGGERS =
      List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));

  private static final List<Logger> HIBERNATE_LOGGERS = List.of(Logger.getLogger("org.hibernate"));

  private QuietLogging() {
  }

  public static void quietSchemaCrawler() {
    quiet(SCHEMACRAWLER_LOGGERS);
  }

  public static void quietHibernate() {
    quiet(HIBERNATE_LOGGERS);
  }

  private static void quiet(List<Logger> loggers) {
    for (Logger logger : loggers) {
      if (logger.getLevel() == null) {
        logger.setLevel(Level.SEVERE);
      }
    }
  }
}
