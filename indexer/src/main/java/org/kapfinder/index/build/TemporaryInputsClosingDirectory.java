package org.kapfinder.index.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.IOUtils;

/**
 * A directory for an index-sorted writer that closes, when it is closed, every input it opened on a
 * temporary file.
 *
 * <p>Why: with an index sort, Lucene 9.12 flushes stored fields through temporary files, and its
 * {@code SortingStoredFieldsConsumer.flush} opens the reader of those files before it creates the
 * segment's stored-fields writer, outside its {@code try}. When creating the writer fails (a full
 * disk, an I/O error), the reader is never closed: a failed build would keep file handles open, and
 * on file systems that refuse to delete open files, keep its partial folder on disk. Closing an
 * input twice is harmless, so inputs that Lucene closed itself are simply closed again.
 */
final class TemporaryInputsClosingDirectory extends FilterDirectory {

  /** Lucene names every temporary file {@code <prefix>_<suffix>_<counter>.tmp}. */
  private static final String TEMPORARY_SUFFIX = ".tmp";

  private final List<IndexInput> temporaryInputs = new ArrayList<>();

  TemporaryInputsClosingDirectory(Directory in) {
    super(in);
  }

  @Override
  public IndexInput openInput(String name, IOContext context) throws IOException {
    IndexInput input = super.openInput(name, context);
    if (name.endsWith(TEMPORARY_SUFFIX)) {
      synchronized (temporaryInputs) {
        temporaryInputs.add(input);
      }
    }
    return input;
  }

  @Override
  public void close() throws IOException {
    List<IndexInput> toClose;
    synchronized (temporaryInputs) {
      toClose = new ArrayList<>(temporaryInputs);
      temporaryInputs.clear();
    }
    IOUtils.close(() -> IOUtils.close(toClose), in);
  }
}
