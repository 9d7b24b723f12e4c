package org.kapfinder.server.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.SloppyMath;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.server.query.ProviderBoosts;
import org.kapfinder.server.query.ProviderQueryBuilder;

/**
 * The part of a provider's score known from {@link ProviderColumns} without scoring it: closeness,
 * quality, the named conditions it lists and the telehealth boost. The query's other scoring
 * clauses ({@link #restOfScore}) are bounded by Lucene.
 */
final class ProviderScoreBound implements ClosenessBoundedTopDocs.DocumentBound {

  private final ProviderQueryBuilder queries;
  private final ProviderColumns columns;

  /** The bits of the named conditions in {@link ProviderColumns#facetBits}. */
  private final long[] conditionBits;

  /**
   * What the telehealth boost adds to a telehealth provider: the boost when the query has it, else
   * 0. A provider not licensed in the searcher's state is bounded as if it were.
   */
  private final double telehealthBoost;

  private final double maxCloseness;

  /** The clauses of the query this bound covers. */
  private final Set<Query> perDocument = new HashSet<>(ProviderQueryBuilder.QUALITY);

  /**
   * @param lat the searcher's point, or null
   * @param boostConditions the conditions the query boosts
   * @param telehealthBoost the query's telehealth boost clause ({@link
   *     ProviderQueryBuilder#telehealthBoost}), or null
   */
  ProviderScoreBound(
      ProviderQueryBuilder queries,
      ProviderColumns columns,
      Double lat,
      Double lon,
      Set<Condition> boostConditions,
      Query telehealthBoost) {
    this.queries = queries;
    this.columns = columns;
    this.conditionBits =
        boostConditions.stream()
            .mapToLong(condition -> columns.valueBit("condition", condition.wireName()))
            .toArray();
    this.telehealthBoost = telehealthBoost == null ? 0 : ProviderQueryBuilder.TELEHEALTH_BOOST;
    this.maxCloseness = queries.closenessScore(0);
    if (lat != null && lon != null) {
      perDocument.add(queries.closeness(lat, lon));
    }
    boostConditions.forEach(condition -> perDocument.add(ProviderBoosts.condition(condition)));
    if (telehealthBoost != null) {
      perDocument.add(telehealthBoost);
    }
  }

  /**
   * The scoring clauses of {@code query} this bound does not cover (text and the other boosts),
   * weighted to report maximum scores.
   */
  Weight restOfScore(IndexSearcher searcher, BooleanQuery query) throws IOException {
    BooleanQuery.Builder rest = new BooleanQuery.Builder();
    for (BooleanClause clause : query.clauses()) {
      if (clause.getOccur() != Occur.FILTER && !perDocument.contains(clause.getQuery())) {
        rest.add(clause);
      }
    }
    return searcher.createWeight(searcher.rewrite(rest.build()), ScoreMode.TOP_SCORES, 1f);
  }

  @Override
  public double boosts(int doc) {
    long facetBits = columns.facetBits(doc);
    double boost = columns.qualityScore(doc);
    for (long bit : conditionBits) {
      if ((facetBits & bit) != 0) {
        boost += ProviderBoosts.CONDITION_BOOST;
      }
    }
    if ((columns.reachBits(doc) & ProviderColumns.REACH_TELEHEALTH) != 0) {
      boost += telehealthBoost;
    }
    return boost;
  }

  @Override
  public double closeness(double haversinSortKey) {
    return Double.isNaN(haversinSortKey)
        ? 0
        : queries.closenessScore(SloppyMath.haversinMeters(haversinSortKey));
  }

  @Override
  public double maxCloseness() {
    return maxCloseness;
  }
}
