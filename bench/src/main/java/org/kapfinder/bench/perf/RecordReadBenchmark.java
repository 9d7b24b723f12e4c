package org.kapfinder.bench.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.kapfinder.index.corpus.ProviderRecordFormat;

/**
 * Times what a search pays for its page's records, apart from the search: reading each record from
 * the providers index's stored fields, and parsing it as the server does. A page is drawn as a
 * search's page lies: a random provider and nine more among the next {@link #PAGE_SPREAD_DOCS}
 * documents (neighbours along the index's curve), read with one {@link StoredFields} per page.
 */
final class RecordReadBenchmark {

  static final int PAGE_SIZE = 10;

  /** How far apart in document ids a page's providers lie: a nearest page's neighbourhood. */
  static final int PAGE_SPREAD_DOCS = 300;

  /** Per record, medians over the rounds. */
  record Result(double readMicros, double parseMicros, long storedFieldBytes, int records) {}

  private RecordReadBenchmark() {}

  /**
   * Reads {@code pages} pages {@code rounds} times over the same draw; the first round warms up.
   */
  static Result run(Path providersDir, int pages, int rounds, long seed) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(providersDir))) {
      int[] docs = draw(reader.maxDoc(), pages, new Random(seed));
      Document[] records = new Document[docs.length];
      double[] readMicros = new double[rounds];
      double[] parseMicros = new double[rounds];
      long sink = 0;
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        StoredFields page = null;
        for (int i = 0; i < docs.length; i++) {
          if (i % PAGE_SIZE == 0) {
            page = reader.storedFields();
          }
          records[i] = page.document(docs[i]);
        }
        long read = System.nanoTime();
        for (Document record : records) {
          sink += ProviderRecordFormat.read(record).id().length();
        }
        long parsed = System.nanoTime();
        readMicros[round] = (read - start) / 1e3 / docs.length;
        parseMicros[round] = (parsed - read) / 1e3 / docs.length;
      }
      if (sink == 0) {
        throw new IllegalStateException("no record was read");
      }
      return new Result(
          ReportCommand.median(Arrays.copyOfRange(readMicros, 1, rounds)),
          ReportCommand.median(Arrays.copyOfRange(parseMicros, 1, rounds)),
          storedFieldBytes(providersDir),
          docs.length);
    }
  }

  private static int[] draw(int maxDoc, int pages, Random random) {
    int[] docs = new int[pages * PAGE_SIZE];
    int spread = Math.min(PAGE_SPREAD_DOCS, maxDoc);
    for (int p = 0; p < pages; p++) {
      int first = random.nextInt(maxDoc - spread + 1);
      for (int i = 0; i < PAGE_SIZE; i++) {
        docs[p * PAGE_SIZE + i] = first + random.nextInt(spread);
      }
    }
    return docs;
  }

  /** The size of the stored fields' data files ({@code .fdt}), the records' compressed bytes. */
  private static long storedFieldBytes(Path providersDir) throws IOException {
    long bytes = 0;
    try (Stream<Path> files = Files.list(providersDir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.getFileName().toString().endsWith(".fdt")) {
          bytes += Files.size(file);
        }
      }
    }
    return bytes;
  }
}
