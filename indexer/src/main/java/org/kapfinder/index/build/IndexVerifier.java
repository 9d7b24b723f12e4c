package org.kapfinder.index.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kapfinder.index.schema.IndexLayout;

/**
 * Checks a freshly written generation before it is published: every file's checksum (so a torn or
 * corrupted write is caught), that each index opens, holds the expected number of documents, and
 * carries this schema version.
 */
final class IndexVerifier {

  private IndexVerifier() {}

  /** Throws when the sub-index in {@code dir} is not exactly what was written. */
  static void verify(Path dir, long expectedDocs) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      try (CheckIndex check = new CheckIndex(directory)) {
        // Checksums of every file: catches torn or corrupted writes at the cost of one read.
        check.setChecksumsOnly(true);
        CheckIndex.Status status = check.checkIndex();
        if (!status.clean) {
          throw new IOException(dir + " failed its checksum check; nothing was published");
        }
      }
      Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
      if (!IndexLayout.isCurrentSchema(userData)) {
        throw new IOException(
            dir
                + " has schema version "
                + userData.get(IndexLayout.USER_DATA_SCHEMA_VERSION)
                + "; expected "
                + IndexLayout.SCHEMA_VERSION);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        if (reader.numDocs() != expectedDocs) {
          throw new IOException(
              dir + " holds " + reader.numDocs() + " documents; " + expectedDocs + " were written");
        }
      }
    }
  }
}
