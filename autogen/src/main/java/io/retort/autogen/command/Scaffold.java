package io.retort.autogen.command;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code init} created, in the order it did.
 *
 * @param configFile the new {@code retort.properties}
 * @param created every directory and file, in order
 */
public record Scaffold(Path configFile, List<Created> created) {
  /** One directory or file {@code init} created. */
  public record Created(Path path, boolean directory) {
  }

  public Scaffold {
    created = List.copyOf(created);
  }
}
