package org.kapfinder.index.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderParser;
import org.kapfinder.index.corpus.RawRecord;
import org.kapfinder.index.schema.ProviderFields;

/**
 * A run reaches the writer in curve order, dealt out to one slice per worker in turn. The writer
 * here has no index sort, so each segment keeps exactly the order it was fed in.
 */
class CurveOrderedRunTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void eachWorkerWritesOneSegmentInCurveOrderThenId() throws IOException {
    List<Provider> providers = bundledProvidersShuffled();
    CurveOrderedRun run = new CurveOrderedRun();
    providers.forEach(run::add);
    AtomicLong reported = new AtomicLong();

    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = IndexWriting.open(directory, null, 64)) {
        run.write(writer, documents(), pool, 2, reported::addAndGet);
        writer.commit();
      }
      assertThat(run.size()).isZero();
      assertThat(reported.get()).isEqualTo(providers.size());

      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.numDocs()).isEqualTo(providers.size());
        assertThat(reader.leaves()).hasSize(2);
        List<Object[]> dealt = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
          dealt.addAll(assertInCurveThenIdOrder(leaf));
        }
        // Dealt in turn: along the curve, each provider is in the other segment than the last.
        dealt.sort(
            Comparator.comparing((Object[] provider) -> (Long) provider[0])
                .thenComparing(provider -> (String) provider[1]));
        for (int i = 1; i < dealt.size(); i++) {
          assertThat(dealt.get(i)[2])
              .as("segment of provider %d along the curve", i)
              .isNotEqualTo(dealt.get(i - 1)[2]);
        }
      }
    }
  }

  @Test
  void aRunOfOneProviderIsWrittenByOneWorker() throws IOException {
    CurveOrderedRun run = new CurveOrderedRun();
    run.add(bundledProvidersShuffled().get(0));
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = IndexWriting.open(directory, null, 64)) {
        run.write(writer, documents(), pool, 2, count -> {});
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.numDocs()).isEqualTo(1);
        assertThat(reader.leaves()).hasSize(1);
      }
    }
  }

  /**
   * Asserts the segment's order; returns each of its providers as its curve key, id and the
   * segment's ord.
   */
  private static List<Object[]> assertInCurveThenIdOrder(LeafReaderContext leaf)
      throws IOException {
    NumericDocValues keys = leaf.reader().getNumericDocValues(ProviderFields.SPATIAL_ORDER);
    StoredFields stored = leaf.reader().storedFields();
    List<Object[]> providers = new ArrayList<>();
    long previousKey = Long.MIN_VALUE;
    String previousId = null;
    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
      assertThat(keys.advanceExact(doc)).isTrue();
      long key = keys.longValue();
      String id = stored.document(doc).get(ProviderFields.ID);
      if (doc > 0) {
        assertThat(key).as("key of doc %d", doc).isGreaterThanOrEqualTo(previousKey);
        if (key == previousKey) {
          assertThat(id).as("id of doc %d", doc).isGreaterThan(previousId);
        }
      }
      providers.add(new Object[] {key, id, leaf.ord});
      previousKey = key;
      previousId = id;
    }
    return providers;
  }

  private static ProviderDocuments documents() {
    return new ProviderDocuments(TestCorpora.gazetteer().names(), TestCorpora.TODAY);
  }

  private static List<Provider> bundledProvidersShuffled() throws IOException {
    ProviderParser parser = new ProviderParser(TestCorpora.gazetteer(), TestCorpora.TODAY);
    List<Provider> providers = new ArrayList<>();
    for (RawRecord record :
        TestCorpora.read(TestCorpora.BUNDLED.resolve("providers").resolve("providers.jsonl"))) {
      providers.add(parser.parse(record.fields(), record.file(), record.line()).provider());
    }
    Collections.shuffle(providers, new Random(42));
    return providers;
  }
}
