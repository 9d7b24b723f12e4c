package org.kapfinder.index.build;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.Directory;
import org.kapfinder.index.schema.IndexLayout;
import org.kapfinder.index.schema.TextAnalyzers;

/** How the indexer configures its writers, and how it finishes and commits what they wrote. */
final class IndexWriting {

  private IndexWriting() {}

  /** A writer that keeps its documents in {@code indexSort} order (null: order of adding). */
  static IndexWriter open(Directory dir, Sort indexSort, double ramBufferMb) throws IOException {
    return open(dir, indexSort, ramBufferMb, Codec.getDefault());
  }

  /** The same, writing with {@code codec}. */
  static IndexWriter open(Directory dir, Sort indexSort, double ramBufferMb, Codec codec)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(TextAnalyzers.forIndexing());
    config.setCodec(codec);
    if (indexSort != null) {
      config.setIndexSort(indexSort);
    }
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(ramBufferMb);
    config.setMergeScheduler(new LoggingMergeScheduler());
    config.setMergePolicy(new MergeOnlyWhenForced(config.getMergePolicy()));
    // Segments are large and few: compound files would only copy them once more.
    config.setUseCompoundFile(false);
    config.setCommitOnClose(false);
    return new IndexWriter(dir, config);
  }

  /**
   * Merges the index down to {@code maxSegments} segments, when it has more, and commits it. The
   * providers keep one segment per worker: merging those into one would rewrite the whole index at
   * the end of every build, and searches were no faster on one segment than on two.
   */
  static void commit(
      IndexWriter writer, Map<String, String> userData, long docCount, int maxSegments)
      throws IOException {
    Map<String, String> data = new HashMap<>(userData);
    data.put(IndexLayout.USER_DATA_DOC_COUNT, String.valueOf(docCount));
    writer.setLiveCommitData(data.entrySet());
    try {
      writer.forceMerge(maxSegments);
      writer.commit();
    } catch (IllegalStateException e) {
      // A writer hit by an unrecoverable I/O error (in a merge, say) refuses to go on with an
      // IllegalStateException; the operator needs the error itself.
      Throwable cause = writer.getTragicException();
      if (cause == null) {
        throw e;
      }
      throw new IOException("writing the index failed: " + cause, cause);
    }
  }
}
