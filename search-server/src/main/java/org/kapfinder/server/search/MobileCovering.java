package org.kapfinder.server.search;

import java.util.Arrays;
import java.util.Objects;

/**
 * Mobile providers whose service circle holds the searcher's point, as {@link PointReachQuery}
 * finds them from memory. A provider covering the point lies within its service radius of it, so
 * the candidates of each class of service radii ({@link PointReachData#mobileDocs}) are those on
 * the stretches of the Hilbert curve that the circle of the class's largest radius spans, found as
 * the providers to visit are ({@link InPersonArea#keyRangesWithin}). Each candidate is confirmed
 * with the exact great-circle distance and service radius held in {@link ProviderColumns}, the test
 * {@code ProviderQueryBuilder.mobileCovering} makes on doc values.
 *
 * <p>Why: the service-area shapes' query ({@code ProviderQueryBuilder.mobileCovering}'s prefix-tree
 * clause) walked the tree's terms and read their postings in every segment of every search, about a
 * tenth of a nearest-first search at 1,000,000 providers.
 */
final class MobileCovering {

  /**
   * The candidates' circles are this much wider than the largest radius, so that the rounding of
   * the curve's box and of the distance can never leave out a provider at the edge of its circle.
   */
  private static final double MARGIN = 1.001;

  private final PointReachData reachData;
  private final double lat;
  private final double lon;

  /** Per class of service radii, the curve's stretches to look in; null for an empty class. */
  private final long[][] keyRangesByClass;

  MobileCovering(PointReachData reachData, double lat, double lon) {
    this.reachData = reachData;
    this.lat = lat;
    this.lon = lon;
    this.keyRangesByClass = new long[reachData.mobileClassCount()][];
    for (int i = 0; i < keyRangesByClass.length; i++) {
      double radiusMiles = reachData.mobileClassRadiusMiles(i);
      if (radiusMiles > 0) {
        keyRangesByClass[i] = InPersonArea.keyRangesWithin(lat, lon, radiusMiles * MARGIN);
      }
    }
  }

  /** The segment's candidates, in order: the mobile providers that may cover the point. */
  int[] candidates(SegmentDocs segment) {
    int[][] byClass = new int[keyRangesByClass.length][];
    int count = 0;
    for (int i = 0; i < byClass.length; i++) {
      byClass[i] =
          keyRangesByClass[i] == null
              ? new int[0]
              : segment.listedIn(segment.runs(keyRangesByClass[i]), reachData.mobileDocs(i));
      count += byClass[i].length;
    }
    int[] candidates = new int[count];
    int filled = 0;
    for (int[] docs : byClass) {
      System.arraycopy(docs, 0, candidates, filled, docs.length);
      filled += docs.length;
    }
    Arrays.sort(candidates);
    return candidates;
  }

  /** True when the document's service circle holds the point. */
  boolean covers(ProviderColumns columns, int doc) {
    return columns.milesBeyondServiceRadius(doc, lat, lon) <= 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MobileCovering covering && lat == covering.lat && lon == covering.lon;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lat, lon);
  }

  @Override
  public String toString() {
    return "mobile covering " + lat + "," + lon;
  }
}
