package org.kapfinder.server.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.ProviderFields;

/**
 * Builds the Lucene query for providers: BM25 over weighted text fields blended with closeness to
 * the searcher. Pure: no I/O, so tests can assert the exact query.
 */
public final class ProviderQueries {

  /** Field weights: a match in the name or the treated conditions says more than one in prose. */
  static final float NAME_BOOST = 3f;

  static final float CONDITIONS_BOOST = 2f;
  static final float ROUTES_BOOST = 2f;
  static final float DESCRIPTION_BOOST = 1f;

  /** Weight of the distance feature: at the pivot distance it adds half of this to the score. */
  static final float DISTANCE_WEIGHT = 2f;

  private final QueryBuilder text;
  private final double pivotMiles;

  public ProviderQueries(Analyzer queryAnalyzer, double pivotMiles) {
    this.text = new QueryBuilder(queryAnalyzer);
    this.pivotMiles = pivotMiles;
  }

  /** The free-text part: null when the text has no searchable words. */
  public Query textQuery(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    boolean any = false;
    any |= addField(fields, ProviderFields.NAME, q, NAME_BOOST);
    any |= addField(fields, ProviderFields.CONDITIONS_TEXT, q, CONDITIONS_BOOST);
    any |= addField(fields, ProviderFields.ROUTES_TEXT, q, ROUTES_BOOST);
    any |= addField(fields, ProviderFields.DESCRIPTION, q, DESCRIPTION_BOOST);
    return any ? fields.build() : null;
  }

  /**
   * Providers a searcher at the point can visit within the radius, scored by text relevance plus
   * closeness (Lucene's distance feature: {@code weight * pivot / (pivot + distance)}).
   */
  public Query inPersonNear(String q, double lat, double lon, double radiusMiles) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Query textQuery = textQuery(q);
    // Text must match somewhere (any of its words); without text, every provider in reach does.
    query.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, Occur.MUST);
    query.add(
        LatLonPoint.newDistanceFeatureQuery(
            ProviderFields.LOCATION,
            DISTANCE_WEIGHT,
            lat,
            lon,
            Distances.milesToMeters(pivotMiles)),
        Occur.SHOULD);
    query.add(
        new TermQuery(new Term(ProviderFields.REACH, ProviderFields.REACH_IN_PERSON)),
        Occur.FILTER);
    query.add(
        LatLonPoint.newDistanceQuery(
            ProviderFields.LOCATION, lat, lon, Distances.milesToMeters(radiusMiles)),
        Occur.FILTER);
    return query.build();
  }

  private boolean addField(BooleanQuery.Builder fields, String field, String q, float boost) {
    Query query = text.createBooleanQuery(field, q, Occur.SHOULD);
    if (query == null) {
      return false;
    }
    fields.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
    return true;
  }
}
