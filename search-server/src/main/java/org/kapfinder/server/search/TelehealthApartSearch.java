package org.kapfinder.server.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

/**
 * A best-first search around a point, with no filter, that tallies the telehealth providers of the
 * searcher's state as a whole ({@link TelehealthInState}) and scores only those that may enter the
 * page, rather than visiting each of them as a match. With no filter every one of them matches, so
 * their counts are known before the search, but for their distances, which are measured from a list
 * of points read in order.
 *
 * <p>First the providers the searcher can visit or be visited by are searched as the whole search
 * would search them, page and tally. Their page's last score then bounds the telehealth providers:
 * those whose quality and boosts, with everything else at its most, stay below it cannot enter the
 * page. The few others are scored by the search's own clauses, and the two pages merged. The page,
 * the total and the facets are those of the whole search ({@code TelehealthApartSearchTest}).
 */
final class TelehealthApartSearch {

  private TelehealthApartSearch() {}

  /**
   * @param visiting the search's query, with its reach narrowed to the providers the searcher can
   *     visit or be visited by
   * @param withReach the search's query with another reach: the same scoring clauses, so the same
   *     scores
   * @param tallies new, empty tallies for {@code visiting}'s matches, with {@code state}'s
   *     providers tallied apart
   * @param distances the distances from the searcher's point
   * @return the page and the facets, or null when the providers the searcher can visit do not fill
   *     the page, so that they bound nothing and the whole search is the cheaper
   */
  static PageAndFacets search(
      IndexSearcher searcher,
      int wanted,
      BooleanQuery visiting,
      Function<Query, Query> withReach,
      ProviderScoreBound bound,
      Supplier<FacetTally> tallies,
      TelehealthInState state,
      DistanceSortKeys distances,
      Visits visits,
      ProviderColumns columns)
      throws IOException {
    Weight restOfScore = bound.restOfScore(searcher, visiting);
    PageAndFacets visited =
        searcher.search(
            visiting, ClosenessBoundedTopDocs.manager(wanted, restOfScore, bound, tallies));
    ScoreDoc[] visitedPage = visited.page().scoreDocs;
    if (visitedPage.length < wanted) {
      return null;
    }
    FacetTally facets = visited.facets();
    double nearestKey = facets.addUnvisited(state);
    float lastScore = visitedPage[visitedPage.length - 1].score;
    int[] candidates =
        state.mayReach(
            lastScore,
            bound,
            mostOf(searcher, restOfScore),
            distances,
            nearestKey,
            visits,
            columns);
    ScoreDoc[] page = visitedPage;
    if (candidates.length > 0) {
      TopDocs telehealth =
          searcher.search(
              withReach.apply(new ListedDocsQuery(candidates)),
              new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
      page = merged(visitedPage, telehealth.scoreDocs, wanted);
    }
    return new PageAndFacets(
        new TopDocs(new TotalHits(facets.total(), TotalHits.Relation.EQUAL_TO), page), facets);
  }

  /** The most {@code restOfScore} gives any document of the index; 0 when it matches none. */
  private static double mostOf(IndexSearcher searcher, Weight restOfScore) throws IOException {
    double most = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = restOfScore.scorer(leaf);
      if (scorer != null) {
        scorer.advanceShallow(0);
        most = Math.max(most, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
      }
    }
    return most;
  }

  /** The best of two pages, as one search would order them: by score, then document. */
  private static ScoreDoc[] merged(ScoreDoc[] one, ScoreDoc[] other, int wanted) {
    ScoreDoc[] both = Arrays.copyOf(one, one.length + other.length);
    System.arraycopy(other, 0, both, one.length, other.length);
    Arrays.sort(
        both,
        Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc));
    return Arrays.copyOf(both, Math.min(wanted, both.length));
  }
}
