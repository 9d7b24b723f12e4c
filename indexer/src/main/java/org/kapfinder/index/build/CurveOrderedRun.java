package org.kapfinder.index.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderRecordFormat;

/**
 * Checked providers held back until there are enough of them, then written in the index's curve
 * order ({@link org.kapfinder.index.schema.SpatialOrder}).
 *
 * <p>The providers index is sorted along a Hilbert curve. Fed in the order the records come, Lucene
 * re-sorts every segment when it writes it: the postings of every term, the doc values and the
 * stored fields, about a sixth of a build's CPU. Sorted here first, and dealt out to one slice per
 * worker, each slice added as one block so that no other provider lands between its documents,
 * every segment arrives in order and Lucene writes it as it is.
 *
 * <p>The slices are dealt in turn, the first provider along the curve to the first worker, the
 * second to the second, and so on, rather than cut into contiguous stretches of the curve: so each
 * segment holds its share of the providers near any point, and a search, whose matches lie around
 * one point, finds as many in each segment and can search them in parallel.
 *
 * <p>Providers at the same point are ordered by id, so that a corpus always puts its providers in
 * the same order.
 */
final class CurveOrderedRun {

  /**
   * A held provider as its stored record's bytes: one array instead of the record's two dozen
   * objects, so that a million held providers take a third of the memory and the collector has far
   * fewer objects to copy while they wait. The bytes are the document's stored field too.
   */
  private record Entry(long curveKey, String id, byte[] record) {}

  private static final Comparator<Entry> CURVE_THEN_ID =
      Comparator.comparingLong(Entry::curveKey).thenComparing(Entry::id);

  private final List<Entry> entries = new ArrayList<>();

  /** Holds a checked provider until {@link #write}; callable from several threads. */
  void add(Provider provider) {
    // Encoded outside the lock, so that the workers that check records encode them side by side.
    Entry entry =
        new Entry(
            ProviderDocuments.curveKey(provider),
            provider.id(),
            ProviderRecordFormat.encode(provider));
    synchronized (this) {
      entries.add(entry);
    }
  }

  synchronized int size() {
    return entries.size();
  }

  /** Lets go of the held providers without writing them. */
  synchronized void discard() {
    entries.clear();
  }

  /**
   * Writes the held providers in curve order, one slice per worker on {@code pool}, each slice
   * flushed as a segment of its own, and empties the run. Slice {@code s} of {@code n} holds the
   * providers at positions {@code s}, {@code s + n}, {@code s + 2n}, ... of the curve.
   *
   * @param onIndexed told the number of documents each time one slice has added some more
   */
  void write(
      IndexWriter writer,
      ProviderDocuments documents,
      ExecutorService pool,
      int workers,
      IntConsumer onIndexed)
      throws IOException {
    Entry[] sorted;
    synchronized (this) {
      sorted = entries.toArray(Entry[]::new);
      entries.clear();
    }
    Arrays.parallelSort(sorted, CURVE_THEN_ID);
    int slices = Math.max(1, Math.min(workers, sorted.length));
    List<Future<?>> running = new ArrayList<>(slices);
    for (int slice = 0; slice < slices; slice++) {
      int first = slice;
      running.add(
          pool.submit(
              () -> {
                Iterable<Document> sliceDocuments =
                    () -> new Documents(sorted, first, slices, documents, onIndexed);
                writer.addDocuments(sliceDocuments);
                // Written out now, while the slice is alone in its buffer: left for later, the
                // next run's providers would join it out of order.
                writer.flushNextBuffer();
                return null;
              }));
    }
    Tasks.awaitAll(running);
    // Each slice flushed one buffer, which Lucene may have chosen among the others' (any slice's
    // is fine); should one still hold documents, it is written now, before the next run.
    writer.flush();
  }

  /**
   * A slice's documents, each built when Lucene asks for it; the provider is let go once its
   * document is built, so that a run's memory is freed as it is written.
   */
  private static final class Documents implements Iterator<Document> {
    private static final int REPORT_EVERY = 1024;

    private final Entry[] sorted;
    private final int step;
    private final ProviderDocuments documents;
    private final IntConsumer onIndexed;
    private int next;
    private int unreported;

    Documents(
        Entry[] sorted, int first, int step, ProviderDocuments documents, IntConsumer onIndexed) {
      this.sorted = sorted;
      this.next = first;
      this.step = step;
      this.documents = documents;
      this.onIndexed = onIndexed;
    }

    @Override
    public boolean hasNext() {
      if (next >= sorted.length && unreported > 0) {
        onIndexed.accept(unreported);
        unreported = 0;
      }
      return next < sorted.length;
    }

    @Override
    public Document next() {
      if (next >= sorted.length) {
        throw new NoSuchElementException();
      }
      Entry entry = sorted[next];
      sorted[next] = null;
      next += step;
      if (++unreported == REPORT_EVERY) {
        onIndexed.accept(unreported);
        unreported = 0;
      }
      return documents.toDocument(entry.record(), entry.curveKey());
    }
  }
}
