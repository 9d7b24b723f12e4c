package org.kapfinder.server.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Answers "does the query match at least n documents?" by stopping at the n-th match, where {@link
 * IndexSearcher#count} would visit every one of the thousands a big city has.
 */
final class MatchCounter {

  private MatchCounter() {}

  static boolean matchesAtLeast(IndexSearcher searcher, Query query, int wanted)
      throws IOException {
    if (wanted <= 0) {
      return true;
    }
    return searcher.search(query, new AtLeast(wanted)) >= wanted;
  }

  private static final class AtLeast implements CollectorManager<Counter, Integer> {
    private final int wanted;

    AtLeast(int wanted) {
      this.wanted = wanted;
    }

    @Override
    public Counter newCollector() {
      return new Counter(wanted);
    }

    @Override
    public Integer reduce(Collection<Counter> counters) {
      int count = 0;
      for (Counter counter : counters) {
        count += counter.count;
      }
      return count;
    }
  }

  private static final class Counter extends SimpleCollector {
    private final int wanted;
    private int count;

    Counter(int wanted) {
      this.wanted = wanted;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      if (count >= wanted) {
        throw new CollectionTerminatedException();
      }
    }

    @Override
    public void collect(int doc) {
      if (++count >= wanted) {
        throw new CollectionTerminatedException();
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
