package org.kapfinder.index.schema;

import org.apache.lucene.search.Query;
import org.apache.lucene.spatial.prefix.RecursivePrefixTreeStrategy;
import org.apache.lucene.spatial.prefix.tree.GeohashPrefixTree;
import org.apache.lucene.spatial.query.SpatialArgs;
import org.apache.lucene.spatial.query.SpatialOperation;
import org.kapfinder.index.geo.Distances;
import org.locationtech.spatial4j.context.SpatialContext;
import org.locationtech.spatial4j.distance.DistanceUtils;
import org.locationtech.spatial4j.shape.Shape;

/**
 * The recipe for mobile providers' service circles, shared by the indexer and the server: a
 * lucene-spatial-extras {@link RecursivePrefixTreeStrategy} over a geohash grid.
 *
 * <p>The prefix tree covers each circle with grid cells, so "whose circle holds this point" is a
 * handful of term lookups. The cells slightly over-cover the circle; the server confirms each
 * candidate with an exact great-circle distance, so results are exact at the edge.
 */
public final class ServiceAreas {

  /**
   * Geohash length 4 cells are about 39 x 19.5 km. The cells only find candidates, which the exact
   * distance then confirms, so finer cells buy nothing but index size and indexing time. Covering a
   * 40-mile circle took about 1,700 terms at length 6 (1.2 x 0.6 km); over 3,000 such circles
   * across the states, 310 terms and 250 microseconds each at length 5 (4.9 x 4.9 km), 39 terms and
   * 45 microseconds at length 4.
   */
  private static final int MAX_GEOHASH_LEVELS = 4;

  /** How far a circle's cells may stray outside it, as a share of the circle's size. */
  private static final double DIST_ERR_PCT = 0.025;

  private static final SpatialContext CONTEXT = SpatialContext.GEO;

  private ServiceAreas() {}

  /** A new strategy instance (they are cheap; one per index writer or searcher is fine). */
  public static RecursivePrefixTreeStrategy strategy() {
    RecursivePrefixTreeStrategy strategy =
        new RecursivePrefixTreeStrategy(
            new GeohashPrefixTree(CONTEXT, MAX_GEOHASH_LEVELS), ProviderFields.SERVICE_AREA);
    strategy.setDistErrPct(DIST_ERR_PCT);
    return strategy;
  }

  /** The service circle of a provider at a point. */
  public static Shape circle(double lat, double lon, double radiusMiles) {
    double radiusDegrees =
        DistanceUtils.dist2Degrees(
            Distances.milesToMeters(radiusMiles) / 1000, DistanceUtils.EARTH_MEAN_RADIUS_KM);
    return CONTEXT.getShapeFactory().circle(lon, lat, radiusDegrees);
  }

  /** Matches documents whose service area may contain the point (to be confirmed exactly). */
  public static Query mayContain(RecursivePrefixTreeStrategy strategy, double lat, double lon) {
    Shape point = CONTEXT.getShapeFactory().pointXY(lon, lat);
    return strategy.makeQuery(new SpatialArgs(SpatialOperation.Intersects, point));
  }
}
