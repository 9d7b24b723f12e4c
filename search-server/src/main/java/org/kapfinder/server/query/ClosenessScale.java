package org.kapfinder.server.query;

/**
 * What {@link ProviderQueryBuilder#closeness} adds at each distance in one search: Lucene's
 * distance feature, {@code weight * pivot / (pivot + distance)}, its weight and pivot those of the
 * search's radius ({@link ProviderQueryBuilder#closenessScale}).
 */
public record ClosenessScale(float weight, double pivotMeters) {

  public float score(double distanceMeters) {
    return (float) (weight * (pivotMeters / (pivotMeters + distanceMeters)));
  }
}
