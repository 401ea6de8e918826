package io.retort.autogen.script;

import io.retort.runtime.RetortException;
import io.retort.runtime.graph.RevisionGraph;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Ids for new revisions: twelve random lowercase hex characters, as Alembic's, or the one {@code --rev-id} asks for. */
public final class RevisionIds {
  private static final Pattern ID = Pattern.compile("[0-9a-f]{12}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private RevisionIds() {
  }

  /** {@code requested} after checking it, or a fresh random id when null. */
  public static String newId(RevisionGraph graph, String requested) {
    if (requested != null) {
      return checked(graph, requested.trim());
    }
    String id;
    do {
      byte[] bytes = new byte[6];
      RANDOM.nextBytes(bytes);
      id = HexFormat.of().formatHex(bytes);
    } while (graph.contains(id) || graph.branchLabels().containsKey(id));
    return id;
  }

  private static String checked(RevisionGraph graph, String id) {
    if (!ID.matcher(id).matches()) {
      throw new RetortException("Invalid --rev-id '" + id + "': a revision id is 12 lowercase hex characters (0-9, a-f), "
          + "e.g. 1a2b3c4d5e6f");
    }
    if (graph.contains(id)) {
      throw new RetortException("Revision " + id + " already exists (" + graph.get(id).className()
          + "); choose another --rev-id or leave it out for a random one");
    }
    if (graph.branchLabels().containsKey(id)) {
      throw new RetortException("'" + id + "' is already a branch label; choose another --rev-id");
    }
    return id;
  }
}
