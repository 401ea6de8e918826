package io.retort.cli;

import io.retort.autogen.render.RevisionSpec;
import io.retort.autogen.render.RevisionWriter;
import io.retort.runtime.RetortException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/** Writes a new revision into the versions folder and tells the user where: {@code Generating <file> ...  done}, {@code Revision ID: <id>}. */
final class RevisionFiles {
  private RevisionFiles() {
  }

  static Path write(ProjectContext project, RevisionSpec spec, PrintStream out) {
    Path folder = project.scriptLocation();
    RevisionWriter writer = new RevisionWriter();
    Path file = folder.resolve(writer.className(spec.id(), spec.message()) + ".java");
    out.print("Generating " + file + " ...");
    out.flush();
    try {
      writer.write(folder, spec);
    } catch (FileAlreadyExistsException e) {
      out.println();
      throw new RetortException("File " + file + " already exists; remove it or choose another --rev-id", e);
    } catch (IOException e) {
      out.println();
      throw new RetortException("Cannot write " + file + ": " + e.getMessage(), e);
    }
    out.println("  done");
    out.println("Revision ID: " + spec.id());
    return file;
  }
}
