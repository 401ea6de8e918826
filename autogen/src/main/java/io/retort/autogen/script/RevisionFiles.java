package io.retort.autogen.script;

import io.retort.autogen.render.RevisionHeaderTemplate;
import io.retort.autogen.render.RevisionSpec;
import io.retort.autogen.render.RevisionWriter;
import io.retort.runtime.RetortException;
import io.retort.runtime.config.RetortConfig;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes a new revision into the versions folder, named by the config's {@code file_template} and
 * headed by its {@code revision_header}.
 */
public final class RevisionFiles {
  private RevisionFiles() {
  }

  /** Writes the revision; returns its file. Never overwrites. */
  public static Path write(Project project, RevisionSpec spec) {
    Path folder = project.scriptLocation();
    RevisionWriter writer = writer(project.config());
    Path file = folder.resolve(writer.className(spec) + ".java");
    try {
      writer.write(folder, spec);
    } catch (FileAlreadyExistsException e) {
      throw new RetortException("File " + file + " already exists; remove it or choose another --rev-id", e);
    } catch (IOException e) {
      throw new RetortException("Cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /** The writer the config asks for: its name pattern and its header template (read now). */
  public static RevisionWriter writer(RetortConfig config) {
    Path headerFile = config.revisionHeader();
    if (headerFile == null) {
      return new RevisionWriter(config.fileTemplate(), RevisionHeaderTemplate.DEFAULT);
    }
    try {
      return new RevisionWriter(config.fileTemplate(), RevisionHeaderTemplate.read(headerFile));
    } catch (NoSuchFileException e) {
      throw new RetortException("The revision header file " + headerFile + " (revision_header in " + RetortConfig.FILE_NAME
          + ") does not exist; restore it, point revision_header at another file, or remove the key for the built-in header", e);
    } catch (IOException e) {
      throw new RetortException("Cannot read the revision header file " + headerFile + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new RetortException(e.getMessage() + "; fix the revision header file", e);
    }
  }
}
