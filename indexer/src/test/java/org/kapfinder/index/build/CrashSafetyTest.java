package org.kapfinder.index.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.index.schema.IndexLayout;

/**
 * Builds under injected I/O failures (Lucene's MockDirectoryWrapper): random IOExceptions, a full
 * disk, a corrupted file. Whatever fails, the published generation stays published, opens, and
 * holds exactly what it held; a build either publishes a complete, verified generation or nothing.
 */
public class CrashSafetyTest extends LuceneTestCase {

  public void testRandomIOFailuresNeverPublishAPartialIndex() throws Exception {
    Path indexDir = createTempDir("index");
    Path first = TestIndexes.buildMini(indexDir);
    int[] expected = counts(first);
    int failed = 0;
    int attempts = atLeast(3);
    // A low rate lets some builds publish; past the planned attempts the rate doubles until one
    // fails, so that every seed tests both outcomes.
    for (int attempt = 0; attempt < attempts || failed == 0; attempt++) {
      double planned = 0.002 + random().nextDouble() * 0.02;
      double rate =
          attempt < attempts ? planned : Math.min(0.5, planned * (1 << (attempt - attempts + 1)));
      IndexBuilder builder =
          builderOnMockDirectories(
              dir -> {
                dir.setRandomIOExceptionRate(rate);
                dir.setRandomIOExceptionRateOnOpen(rate / 10);
              });
      try {
        builder.build(options(indexDir), BuildProgress.NONE);
      } catch (IOException | RuntimeException e) {
        failed++;
      }
      Path current = GenerationStore.current(indexDir).orElseThrow();
      assertArrayEquals("rate " + rate, expected, counts(current));
      assertNoPartialGenerations(indexDir);
    }
    assertTrue("an attempt failed", failed > 0);
  }

  public void testAFullDiskLeavesThePublishedIndexServing() throws Exception {
    Path indexDir = createTempDir("index");
    Path first = TestIndexes.buildMini(indexDir);
    int[] expected = counts(first);
    IndexBuilder builder = builderOnMockDirectories(dir -> dir.setMaxSizeInBytes(200 * 1024));
    IOException full =
        expectThrows(IOException.class, () -> builder.build(options(indexDir), BuildProgress.NONE));
    assertTrue(full.getMessage(), full.getMessage().contains("disk full"));
    assertStillServing(indexDir, first, expected);
  }

  public void testAFailedMergeFailsTheBuildAndLeavesThePublishedIndexServing() throws Exception {
    Path indexDir = createTempDir("index");
    Path first = TestIndexes.buildMini(indexDir);
    int[] expected = counts(first);
    FailFirstMergeOutput failure = new FailFirstMergeOutput();
    IndexBuilder builder =
        builderOnMockDirectories(
            dir -> {
              dir.setThrottling(MockDirectoryWrapper.Throttling.NEVER);
              dir.failOn(failure);
            });
    // A quarter-megabyte buffer writes the bundled providers as many segments, more than the two
    // workers keep, so the build has to merge them.
    IndexBuilder.Options bundled =
        new IndexBuilder.Options(
            TestCorpora.BUNDLED, TestCorpora.GAZETTEER, indexDir, false, null, 2, 0.25);
    // A merge failure rethrown on Lucene's merge thread would also fail this test, as an uncaught
    // exception, even though the build reports it.
    IOException merge =
        expectThrows(IOException.class, () -> builder.build(bundled, BuildProgress.NONE));
    assertTrue("the injected failure fired", failure.fired);
    assertTrue(merge.getMessage(), merge.getMessage().contains("merge"));
    assertStillServing(indexDir, first, expected);
  }

  public void testACorruptedFileIsCaughtBeforePublishing() throws Exception {
    Path indexDir = createTempDir("index");
    Path generation = TestIndexes.buildMini(indexDir);
    Path providers = generation.resolve(IndexLayout.PROVIDERS);
    int docs = counts(generation)[0];
    Path largest;
    try (Stream<Path> files = Files.list(providers)) {
      largest =
          files
              .filter(file -> !file.getFileName().toString().startsWith("segments"))
              .filter(file -> !file.getFileName().toString().equals("write.lock"))
              .max(Comparator.comparingLong(CrashSafetyTest::size))
              .orElseThrow();
    }
    long length = Files.size(largest);
    try (FileChannel channel =
        FileChannel.open(largest, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
      java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
      long at = length / 2;
      channel.read(one, at);
      one.flip();
      byte flipped = (byte) (one.get(0) ^ 0x5A);
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {flipped}), at);
    }
    IOException corrupt =
        expectThrows(IOException.class, () -> IndexVerifier.verify(providers, docs));
    assertTrue(corrupt.getMessage(), corrupt.getMessage().contains("checksum"));
  }

  /** A builder whose sub-index directories are Lucene's mock directories, set up by the test. */
  private static IndexBuilder builderOnMockDirectories(Consumer<MockDirectoryWrapper> setUp) {
    return new IndexBuilder(
        TestIndexes.CLOCK,
        path -> {
          MockDirectoryWrapper dir = newMockFSDirectory(path);
          // The build verifies what it wrote itself; the wrapper's own check would only slow it.
          dir.setCheckIndexOnClose(false);
          setUp.accept(dir);
          return dir;
        });
  }

  /** The generation published first is still the current one, whole, with nothing left over. */
  private static void assertStillServing(Path indexDir, Path first, int[] expected)
      throws IOException {
    assertEquals(first, GenerationStore.current(indexDir).orElseThrow());
    assertArrayEquals(expected, counts(first));
    assertNoPartialGenerations(indexDir);
  }

  private static IndexBuilder.Options options(Path indexDir) {
    return new IndexBuilder.Options(
        TestCorpora.MINI, TestCorpora.GAZETTEER, indexDir, false, null, 2);
  }

  /** Documents in the providers, articles and places indexes of a generation, read from disk. */
  private static int[] counts(Path generation) throws IOException {
    int[] counts = new int[3];
    String[] parts = {IndexLayout.PROVIDERS, IndexLayout.ARTICLES, IndexLayout.PLACES};
    for (int i = 0; i < parts.length; i++) {
      try (FSDirectory dir = FSDirectory.open(generation.resolve(parts[i]));
          DirectoryReader reader = DirectoryReader.open(dir)) {
        counts[i] = reader.numDocs();
      }
    }
    return counts;
  }

  private static void assertNoPartialGenerations(Path indexDir) throws IOException {
    try (Stream<Path> children = Files.list(IndexLayout.generationsDir(indexDir))) {
      assertTrue(children.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
    }
  }

  /** Fails the first write of a merge (Lucene merges on its own merge threads). */
  private static final class FailFirstMergeOutput extends MockDirectoryWrapper.Failure {
    volatile boolean fired;

    @Override
    public void eval(MockDirectoryWrapper dir) throws IOException {
      if (!fired && Thread.currentThread().getName().startsWith("Lucene Merge Thread")) {
        fired = true;
        throw new IOException("injected failure in a merge");
      }
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
