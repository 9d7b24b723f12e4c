package org.kapfinder.index.build;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.apache.lucene.tests.util.LuceneTestCase;

/**
 * A sorted flush that fails while creating the segment's stored-fields writer: Lucene leaves the
 * reader of its temporary stored-fields files open, and the wrapping directory closes it.
 */
public class TemporaryInputsClosingDirectoryTest extends LuceneTestCase {

  public void testLuceneLeavesTheTemporaryReaderOpenWhenTheSortedFlushFails() throws Exception {
    // In memory: the input left open holds no file handle past the test.
    MockDirectoryWrapper files = new MockDirectoryWrapper(random(), new ByteBuffersDirectory());
    FailSortedStoredFieldsOutput failure = new FailSortedStoredFieldsOutput();
    files.failOn(failure);
    failSortedFlush(files);
    assertTrue("the injected failure fired", failure.fired);
    // If this stops failing, Lucene closes the reader itself and the wrapper can go.
    RuntimeException stillOpen = expectThrows(RuntimeException.class, files::close);
    assertTrue(stillOpen.getMessage(), stillOpen.getMessage().contains("open files"));
  }

  public void testTheWrapperClosesWhatTheFailedFlushLeftOpen() throws Exception {
    MockDirectoryWrapper files = newMockDirectory();
    FailSortedStoredFieldsOutput failure = new FailSortedStoredFieldsOutput();
    files.failOn(failure);
    Directory directory = new TemporaryInputsClosingDirectory(files);
    failSortedFlush(directory);
    assertTrue("the injected failure fired", failure.fired);
    // MockDirectoryWrapper refuses to close while any file is open.
    directory.close();
  }

  public void testASuccessfulSortedBuildClosesCleanly() throws Exception {
    MockDirectoryWrapper files = newMockDirectory();
    Directory directory = new TemporaryInputsClosingDirectory(files);
    try (IndexWriter writer = new IndexWriter(directory, sortedConfig())) {
      addDocuments(writer);
      writer.commit();
    }
    directory.close();
  }

  private static void failSortedFlush(Directory directory) throws IOException {
    IndexWriter writer = new IndexWriter(directory, sortedConfig());
    addDocuments(writer);
    expectThrows(IOException.class, writer::commit);
    writer.rollback();
  }

  private static IndexWriterConfig sortedConfig() {
    IndexWriterConfig config = new IndexWriterConfig();
    config.setIndexSort(new Sort(new SortField("order", SortField.Type.LONG)));
    config.setCommitOnClose(false);
    return config;
  }

  private static void addDocuments(IndexWriter writer) throws IOException {
    for (int i = 0; i < 20; i++) {
      Document document = new Document();
      document.add(new StoredField("name", "provider " + i));
      document.add(new NumericDocValuesField("order", 20 - i));
      writer.addDocument(document);
    }
  }

  /**
   * Fails the first file created by the sorted stored-fields flush: the segment's own stored-fields
   * writer, created after the temporary files' reader was opened.
   */
  private static final class FailSortedStoredFieldsOutput extends MockDirectoryWrapper.Failure {
    boolean fired;

    @Override
    public void eval(MockDirectoryWrapper dir) throws IOException {
      if (!fired
          && inStack("org.apache.lucene.index.SortingStoredFieldsConsumer", "flush")
          && inStack(MockDirectoryWrapper.class.getName(), "createOutput")) {
        fired = true;
        throw new IOException("injected failure creating the sorted stored fields");
      }
    }

    private static boolean inStack(String className, String methodName) {
      return StackWalker.getInstance()
          .walk(
              frames ->
                  frames.anyMatch(
                      frame ->
                          frame.getClassName().equals(className)
                              && frame.getMethodName().equals(methodName)));
    }
  }
}
