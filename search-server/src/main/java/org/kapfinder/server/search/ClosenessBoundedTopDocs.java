package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

/**
 * Collects the best-scoring page of a provider search and tallies the facets of every match in the
 * same pass, scoring only the matches that could still enter the page.
 *
 * <p>A provider's score is its closeness to the searcher, plus what is known of it from memory
 * without scoring (its quality, the boosts it earns: {@link DocumentBound}), plus the rest (text
 * and other boosts). The rest is bounded by the maximum score Lucene reports for those clauses over
 * the block of documents holding the match, and closeness is known from the in-memory point, so a
 * match whose bound is below the page's last score is passed over without asking its clauses for a
 * score. Near a big city most matches are far enough from the searcher to be passed over. The page
 * is the one {@code TopScoreDocCollector} would give: the same scores, ties to the lower document
 * id, whether the segments are searched one after the other or in parallel.
 */
final class ClosenessBoundedTopDocs {

  /**
   * Room for float rounding: Lucene sums the clauses' scores as floats in its own order, the bound
   * adds them in another.
   */
  private static final double RELATIVE_SLACK = 1e-5;

  /** The parts of a document's bound that depend on the document. */
  interface DocumentBound {
    /** At least what the document's quality and the boosts it earns add to its score. */
    double boosts(int doc);

    /**
     * At least what reaching the searcher adds to the score of the document this far away: its
     * closeness, or, for a telehealth programme, the telehealth boost where that is more.
     *
     * @param haversinSortKey the distance as a haversine sort key; NaN for a document without a
     *     point
     */
    double reach(int doc, double haversinSortKey);

    /** The most reaching the searcher adds: closeness at zero distance, or telehealth's. */
    double maxReach();
  }

  private ClosenessBoundedTopDocs() {}

  /**
   * @param wanted how many of the best to keep
   * @param restOfScore everything in the score but what {@code documentBound} covers, created for
   *     {@link ScoreMode#TOP_SCORES} so that it reports maximum scores
   * @param documentBound the rest of each document's bound
   * @param tallies a new, empty tally for each collector, measuring from the searcher's point
   */
  static CollectorManager<Collector, PageAndFacets> manager(
      int wanted, Weight restOfScore, DocumentBound documentBound, Supplier<FacetTally> tallies) {
    return new CollectorManager<>() {
      private final SharedPageScore shared = new SharedPageScore();

      @Override
      public Collector newCollector() {
        return new PageCollector(wanted, restOfScore, documentBound, tallies.get(), shared);
      }

      @Override
      public PageAndFacets reduce(Collection<Collector> collectors) {
        FacetTally facets = tallies.get();
        List<ScoreDoc> hits = new ArrayList<>();
        for (Collector collector : collectors) {
          PageCollector page = (PageCollector) collector;
          facets.addAll(page.tally);
          for (ScoreDoc hit : page.queue) {
            hits.add(hit);
          }
        }
        hits.sort(
            Comparator.comparingDouble((ScoreDoc hit) -> -hit.score)
                .thenComparingInt(hit -> hit.doc));
        ScoreDoc[] page = hits.subList(0, Math.min(wanted, hits.size())).toArray(new ScoreDoc[0]);
        return new PageAndFacets(
            new TopDocs(new TotalHits(facets.total(), TotalHits.Relation.EQUAL_TO), page), facets);
      }
    };
  }

  private static final class PageCollector extends SimpleCollector {
    private final int wanted;
    private final Weight restOfScore;
    private final DocumentBound documentBound;
    private final FacetTally tally;
    private final HitQueue queue;
    private final SharedPageScore shared;
    private int base;
    private RestOfScoreBound rest;
    private Scorable scorer;

    PageCollector(
        int wanted,
        Weight restOfScore,
        DocumentBound documentBound,
        FacetTally tally,
        SharedPageScore shared) {
      this.wanted = wanted;
      this.shared = shared;
      this.restOfScore = restOfScore;
      this.documentBound = documentBound;
      this.tally = tally;
      this.queue = new HitQueue(wanted, false);
    }

    @Override
    public ScoreMode scoreMode() {
      // Every match is counted, so no clause may skip any: scores are asked for one by one.
      return ScoreMode.COMPLETE;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      base = context.docBase;
      rest = new RestOfScoreBound(restOfScore.scorer(context));
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      int global = base + doc;
      double approximateKey = tally.add(global);
      if (queue.size() < wanted) {
        queue.add(new ScoreDoc(global, scorer.score()));
        if (queue.size() == wanted) {
          shared.raise(queue.top().score);
        }
        return;
      }
      float lastScore = Math.max(queue.top().score, shared.get());
      // Cheapest bounds first: most matches are passed over before their closeness is measured,
      // most of the others before the rest of their score is bounded block by block.
      double bound = documentBound.boosts(global);
      if (below(bound + rest.max() + documentBound.maxReach(), lastScore)) {
        return;
      }
      // The nearest the match may be, so that the bound stays a bound.
      bound += documentBound.reach(global, DistanceSortKeys.keyAtLeast(approximateKey));
      if (below(bound + rest.max(), lastScore) || below(bound + rest.atMost(doc), lastScore)) {
        return;
      }
      float score = scorer.score();
      // Documents arrive in id order, so a tie goes to the one already kept.
      if (score > queue.top().score) {
        ScoreDoc last = queue.top();
        last.doc = global;
        last.score = score;
        queue.updateTop();
        shared.raise(queue.top().score);
      }
    }

    /**
     * The most the rest of the score can add, over the segment and block by block: Lucene's
     * postings keep, for each block of documents, the best frequency and norm in it, so the maximum
     * over the block holding a match is usually well below the maximum over the segment. Asking for
     * a block's maximum costs more than scoring a few matches, hence the segment's first.
     */
    private static final class RestOfScoreBound {
      private final Scorer scorer;
      private final double max;
      private int blockEnd = -1;
      private double blockMax;

      RestOfScoreBound(Scorer scorer) throws IOException {
        this.scorer = scorer;
        if (scorer == null) {
          // Nothing in this segment can match; score whatever arrives all the same.
          max = Double.POSITIVE_INFINITY;
        } else {
          scorer.advanceShallow(0);
          max = scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
        }
      }

      /** At least the rest of the score of any document of the segment. */
      double max() {
        return max;
      }

      /**
       * At least the rest of the score of {@code doc}, which is no smaller than the documents asked
       * about before.
       */
      double atMost(int doc) throws IOException {
        if (scorer == null) {
          return max;
        }
        if (doc > blockEnd) {
          blockEnd = scorer.advanceShallow(doc);
          blockMax = scorer.getMaxScore(blockEnd);
        }
        return blockMax;
      }
    }
  }

  /** True when a bound is below a score even with room for rounding. */
  static boolean below(double bound, float score) {
    return bound + Math.abs(bound) * RELATIVE_SLACK + RELATIVE_SLACK < score;
  }

  /**
   * The highest last score among the full pages of one search's collectors, one per slice of
   * segments searched in parallel. A match scoring below another collector's last score cannot make
   * the merged page, which that collector's page alone fills with better ones, so every collector
   * passes over what is below it: without this, each would keep its own page as if the others found
   * nothing, and score far more matches.
   */
  private static final class SharedPageScore {
    /** The score's bits: scores are never negative, so their bits order as they do. */
    private final AtomicInteger bits = new AtomicInteger();

    float get() {
      return Float.intBitsToFloat(bits.get());
    }

    void raise(float score) {
      int raised = Float.floatToIntBits(score);
      int current = bits.get();
      while (raised > current && !bits.compareAndSet(current, raised)) {
        current = bits.get();
      }
    }
  }
}
