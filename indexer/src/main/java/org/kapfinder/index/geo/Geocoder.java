package org.kapfinder.index.geo;

import java.util.Optional;
import org.kapfinder.index.corpus.Address;
import org.kapfinder.index.corpus.GeoPoint;
import org.kapfinder.index.schema.LocationPrecision;

/** Places an address without coordinates: the ZIP's centroid first, then the city's point. */
public final class Geocoder {

  /** A geocoded point and how precise it is. */
  public record Located(GeoPoint point, LocationPrecision precision) {}

  private final Gazetteer gazetteer;

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Optional<Located> locate(Address address) {
    if (address.zip() != null) {
      Optional<ZipCode> zip = gazetteer.zip(address.zip());
      if (zip.isPresent()) {
        return Optional.of(
            new Located(new GeoPoint(zip.get().lat(), zip.get().lon()), LocationPrecision.ZIP));
      }
    }
    if (address.city() != null && address.state() != null) {
      return gazetteer
          .place(address.city(), address.state())
          .map(
              place -> new Located(new GeoPoint(place.lat(), place.lon()), LocationPrecision.CITY));
    }
    return Optional.empty();
  }
}
