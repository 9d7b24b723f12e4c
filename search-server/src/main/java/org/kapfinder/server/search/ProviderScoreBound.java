package org.kapfinder.server.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.server.query.ClosenessScale;
import org.kapfinder.server.query.ProviderBoosts;
import org.kapfinder.server.query.ProviderQueryBuilder;

/**
 * The part of a provider's score known from {@link ProviderColumns} without scoring it: closeness,
 * quality, the named conditions it lists and the telehealth boost. The query's other scoring
 * clauses ({@link #restOfScore}) are bounded by Lucene.
 */
final class ProviderScoreBound implements ClosenessBoundedTopDocs.DocumentBound {

  private final ProviderColumns columns;

  /** Closeness at the search's radius. */
  private final ClosenessScale closeness;

  /**
   * The bits in {@link ProviderColumns#facetBits} of the named conditions, by group ({@link
   * ProviderBoosts#conditionGroups}).
   */
  private final long[][] conditionBits;

  /**
   * What the telehealth boost adds to a telehealth provider: the boost when the query has it, else
   * 0. A provider not licensed in the searcher's state is bounded as if it were.
   */
  private final double telehealthBoost;

  private final double maxReach;

  /** The clauses of the query this bound covers. */
  private final Set<Query> perDocument = new HashSet<>(ProviderQueryBuilder.QUALITY);

  /**
   * @param lat the searcher's point, or null
   * @param radiusMiles the search's radius, which closeness is measured at the scale of; or null
   * @param boostConditions the conditions the query boosts
   * @param telehealthBoost the query's telehealth boost clause ({@link
   *     ProviderQueryBuilder#telehealthBoost}), or null
   */
  ProviderScoreBound(
      ProviderQueryBuilder queries,
      ProviderColumns columns,
      Double lat,
      Double lon,
      Double radiusMiles,
      Set<Condition> boostConditions,
      Query telehealthBoost) {
    this.columns = columns;
    this.closeness = queries.closenessScale(radiusMiles);
    this.telehealthBoost = telehealthBoost == null ? 0 : queries.telehealthBoostValue(radiusMiles);
    this.maxReach = Math.max(closeness.score(0), this.telehealthBoost);
    perDocument.addAll(queries.reachScoring(lat, lon, radiusMiles, telehealthBoost));
    List<Set<Condition>> groups = ProviderBoosts.conditionGroups(boostConditions);
    this.conditionBits = new long[groups.size()][];
    for (int g = 0; g < groups.size(); g++) {
      conditionBits[g] =
          groups.get(g).stream()
              .mapToLong(condition -> columns.valueBit("condition", condition.wireName()))
              .toArray();
      perDocument.add(ProviderBoosts.conditions(groups.get(g)));
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
    for (long[] group : conditionBits) {
      int listed = 0;
      for (long bit : group) {
        if ((facetBits & bit) != 0) {
          listed++;
        }
      }
      boost += ProviderBoosts.groupBoost(listed);
    }
    return boost;
  }

  /** The most the named conditions add to any provider's score: all of each group listed. */
  double mostConditionBoosts() {
    double most = 0;
    for (long[] group : conditionBits) {
      most += ProviderBoosts.groupBoost(group.length);
    }
    return most;
  }

  @Override
  public double reach(int doc, double haversinSortKey) {
    return (columns.reachBits(doc) & ProviderColumns.REACH_TELEHEALTH) != 0
        ? telehealthReach(haversinSortKey)
        : closeness(haversinSortKey);
  }

  /**
   * {@link #reach} for a telehealth provider: the query scores the greater of its closeness and the
   * telehealth boost ({@link ProviderQueryBuilder#reachScoring}).
   */
  double telehealthReach(double haversinSortKey) {
    return Math.max(closeness(haversinSortKey), telehealthBoost);
  }

  /**
   * At least the closeness the query scores at this distance: at the least distance the key may
   * stand for, since closeness only falls with distance.
   */
  private double closeness(double haversinSortKey) {
    return Double.isNaN(haversinSortKey)
        ? 0
        : closeness.score(DistanceSortKeys.metersAtLeast(haversinSortKey));
  }

  @Override
  public double maxReach() {
    return maxReach;
  }
}
