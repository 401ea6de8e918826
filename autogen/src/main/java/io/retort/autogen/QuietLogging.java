package io.retort.autogen;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hibernate logs through java.util.logging at INFO on every boot (and warns that the dialect it is
 * given "does not need to be specified"); a command line must not print that. Its loggers are set to
 * SEVERE unless a logging configuration already gave them a level: its failures reach Retort as
 * exceptions anyway. The loggers are held here because java.util.logging forgets the level of a
 * logger nobody references.
 */
public final class QuietLogging {

  private static final List<Logger> HIBERNATE_LOGGERS = List.of(Logger.getLogger("org.hibernate"));

  private QuietLogging() {
  }

  public static void quietHibernate() {
    for (Logger logger : HIBERNATE_LOGGERS) {
      if (logger.getLevel() == null) {
        logger.setLevel(Level.SEVERE);
      }
    }
  }
}
