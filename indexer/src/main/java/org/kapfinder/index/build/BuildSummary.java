package org.kapfinder.index.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kapfinder.index.schema.LocationPrecision;

/**
 * What a build did: per-file counts, articles and places indexed, how points were found, time,
 * throughput and size on disk. {@code published} is null when the build was refused.
 */
public record BuildSummary(
    List<FileCounts> providerFiles,
    int articlesRead,
    int articlesIndexed,
    int placesIndexed,
    Map<LocationPrecision, Long> locationPrecisions,
    long elapsedMillis,
    long indexBytes,
    Path published,
    Path rejectedReport) {

  public long providersRead() {
    return providerFiles.stream().mapToLong(FileCounts::read).sum();
  }

  public long providersIndexed() {
    return providerFiles.stream().mapToLong(FileCounts::indexed).sum();
  }

  public long providersRejected() {
    return providerFiles.stream().mapToLong(FileCounts::rejected).sum();
  }

  public long geocoded() {
    return locationPrecisions.getOrDefault(LocationPrecision.ZIP, 0L)
        + locationPrecisions.getOrDefault(LocationPrecision.CITY, 0L);
  }

  /** Provider documents indexed per second of the whole build. */
  public double providersPerSecond() {
    return elapsedMillis == 0 ? 0 : providersIndexed() * 1000.0 / elapsedMillis;
  }
}
