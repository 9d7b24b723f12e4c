package org.kapfinder.server.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.PriorityQueue;

/**
 * Collects the nearest page of a provider search and tallies the facets of every match in the same
 * pass. The tally measures each match's distance anyway, so keeping the nearest few costs one
 * comparison per match. The order is Lucene's distance sort ({@code
 * LatLonDocValuesField.newDistanceSort}): nearest first by the same haversine sort key, providers
 * without a point (telehealth) after all located ones, ties to the lower document id. Scores are
 * not computed: hits carry NaN.
 */
final class NearestTopDocs {

  private NearestTopDocs() {}

  /** A match and its distance as a haversine sort key, infinite without a point. */
  private record Hit(int doc, double sortKey) {}

  private static final Comparator<Hit> NEAREST_FIRST =
      Comparator.comparingDouble(Hit::sortKey).thenComparingInt(Hit::doc);

  /**
   * @param wanted how many of the nearest to keep
   * @param tallies a new, empty tally for each collector, measuring from the searcher's point
   */
  static CollectorManager<Collector, PageAndFacets> manager(
      int wanted, Supplier<FacetTally> tallies) {
    return new CollectorManager<>() {
      @Override
      public Collector newCollector() {
        return new PageCollector(wanted, tallies.get());
      }

      @Override
      public PageAndFacets reduce(Collection<Collector> collectors) {
        FacetTally facets = tallies.get();
        List<Hit> hits = new ArrayList<>();
        for (Collector collector : collectors) {
          PageCollector page = (PageCollector) collector;
          facets.addAll(page.tally);
          page.queue.forEach(hits::add);
        }
        hits.sort(NEAREST_FIRST);
        ScoreDoc[] page =
            hits.stream()
                .limit(wanted)
                .map(hit -> new ScoreDoc(hit.doc(), Float.NaN))
                .toArray(ScoreDoc[]::new);
        return new PageAndFacets(
            new TopDocs(new TotalHits(facets.total(), TotalHits.Relation.EQUAL_TO), page), facets);
      }
    };
  }

  private static final class PageCollector extends SimpleCollector {
    private final int wanted;
    private final FacetTally tally;
    private final PriorityQueue<Hit> queue;
    private int base;

    PageCollector(int wanted, FacetTally tally) {
      this.wanted = wanted;
      this.tally = tally;
      // The top of the queue is the farthest kept, the first to go.
      this.queue =
          new PriorityQueue<>(wanted) {
            @Override
            protected boolean lessThan(Hit a, Hit b) {
              // NEAREST_FIRST reversed, on primitives: this runs for every match that gets in.
              return a.sortKey() != b.sortKey() ? a.sortKey() > b.sortKey() : a.doc() > b.doc();
            }
          };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      base = context.docBase;
    }

    @Override
    public void collect(int doc) {
      int global = base + doc;
      double approximateKey = tally.add(global);
      boolean full = queue.size() == wanted;
      if (full
          && (Double.isNaN(approximateKey)
              || DistanceSortKeys.keyAtLeast(approximateKey) >= queue.top().sortKey())) {
        // No nearer than the farthest kept, whatever the exact key: most matches end here.
        return;
      }
      double sortKey =
          Double.isNaN(approximateKey) ? Double.POSITIVE_INFINITY : tally.sortKey(global);
      // Documents arrive in id order, so a tie goes to the one already kept.
      if (!full) {
        queue.add(new Hit(global, sortKey));
      } else if (sortKey < queue.top().sortKey()) {
        queue.updateTop(new Hit(global, sortKey));
      }
    }
  }
}
