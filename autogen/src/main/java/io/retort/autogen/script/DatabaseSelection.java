package io.retort.autogen.script;

import io.retort.runtime.RetortException;
import io.retort.runtime.config.RetortConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The databases one command runs on. A single-database config is its own database (and refuses
 * {@code --db}); with {@code databases = main, analytics}, {@code --db NAME} picks one, and without
 * it a command that can runs on each in the order listed, its output prefixed with the name, while
 * a command that works on one database ({@code revision}, {@code history}, ...) asks for {@code --db}
 * ({@code -Dretort.db} in Maven).
 *
 * @param databases the configs to run on, in order
 * @param prefixed whether output lines get a {@code [name] } prefix (several databases without {@code --db})
 */
public record DatabaseSelection(List<RetortConfig> databases, boolean prefixed) {
  public DatabaseSelection {
    databases = List.copyOf(databases);
  }

  /**
   * @param config the file's config
   * @param chosen {@code --db}, or null
   * @param eachAllowed whether the command may run on every database when none is chosen
   * @param usage the command as typed, e.g. {@code revision} or {@code upgrade --sql}, for the message
   */
  public static DatabaseSelection of(RetortConfig config, String chosen, boolean eachAllowed, String usage) {
    if (chosen != null) {
      return new DatabaseSelection(List.of(config.forDatabase(chosen.trim())), false);
    }
    if (!config.isMultiDatabase()) {
      return new DatabaseSelection(List.of(config), false);
    }
    List<String> names = config.databaseNames();
    if (!eachAllowed) {
      throw new RetortException("This project has several databases (" + String.join(", ", names) + ") and 'retort " + usage
          + "' works on one: choose it with --db NAME, e.g. 'retort --db " + names.get(0) + " " + usage + " ...'");
    }
    List<RetortConfig> databases = new ArrayList<>();
    names.forEach(name -> databases.add(config.forDatabase(name)));
    return new DatabaseSelection(databases, true);
  }
}
