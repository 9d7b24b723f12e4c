package org.kapfinder.server.search;

import org.apache.lucene.search.Query;

/**
 * Mobile providers whose service circle holds the searcher's point, as {@link PointReachQuery}
 * finds them: the service-area shapes' query gives the candidates ({@code
 * ProviderQueryBuilder.mobileCandidates}), and each is confirmed with the exact great-circle
 * distance and service radius held in {@link ProviderColumns}, the test {@code
 * ProviderQueryBuilder.mobileCovering} makes on doc values.
 *
 * <p>Why: near a city thousands of candidates may cover a point, and their points and radii are
 * already in memory; reading them from doc values again took about 7% of a nearest-first search.
 *
 * @param candidates the mobile providers whose shape may hold the point
 */
record MobileCovering(Query candidates, double lat, double lon) {

  /** True when the document's service circle holds the point. */
  boolean covers(ProviderColumns columns, int doc) {
    return columns.milesBeyondServiceRadius(doc, lat, lon) <= 0;
  }
}
