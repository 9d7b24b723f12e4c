package org.kapfinder.server.search;

import java.io.IOException;
import java.nio.file.Path;
import org.kapfinder.index.schema.IndexLayout;

/** An index written with another schema version: it must be rebuilt, not served. */
public final class IncompatibleIndexException extends IOException {

  private static final long serialVersionUID = 1L;

  public IncompatibleIndexException(Path dir, String foundVersion) {
    super(
        "the index at "
            + dir
            + " has schema version "
            + (foundVersion == null ? "(none)" : foundVersion)
            + " but this server reads version "
            + IndexLayout.SCHEMA_VERSION
            + "; rebuild it: java -jar indexer/target/kapfinder-indexer.jar build --corpus <corpus> --index <index>");
  }
}
