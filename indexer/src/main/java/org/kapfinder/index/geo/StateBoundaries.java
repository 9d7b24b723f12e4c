package org.kapfinder.index.geo;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.geo.Component2D;
import org.apache.lucene.geo.LatLonGeometry;
import org.apache.lucene.geo.Polygon;

/**
 * The boundary polygons of the 50 states and DC, answering which state a point lies in. Built from
 * the gazetteer's GeoJSON; each state's geometry is also kept as GeoJSON text so that the index can
 * carry it to the server.
 */
public final class StateBoundaries {

  private final Map<String, Polygon[]> polygonsByState;
  private final Map<String, String> geometryJsonByState;
  private final Map<String, Component2D> componentsByState;

  private StateBoundaries(Map<String, String> geometryJsonByState) {
    this.geometryJsonByState = Collections.unmodifiableMap(geometryJsonByState);
    Map<String, Polygon[]> polygons = new LinkedHashMap<>();
    Map<String, Component2D> components = new LinkedHashMap<>();
    geometryJsonByState.forEach(
        (code, json) -> {
          Polygon[] statePolygons = polygonsOf(JsonParser.parseString(json).getAsJsonObject());
          polygons.put(code, statePolygons);
          components.put(code, LatLonGeometry.create(statePolygons));
        });
    this.polygonsByState = Collections.unmodifiableMap(polygons);
    this.componentsByState = Collections.unmodifiableMap(components);
  }

  /**
   * Reads a GeoJSON FeatureCollection whose features carry a {@code code} property (USPS state
   * code) and a Polygon or MultiPolygon geometry.
   */
  public static StateBoundaries fromFeatureCollection(String geoJson) {
    JsonObject collection = JsonParser.parseString(geoJson).getAsJsonObject();
    Map<String, String> geometries = new LinkedHashMap<>();
    for (JsonElement feature : collection.getAsJsonArray("features")) {
      JsonObject object = feature.getAsJsonObject();
      String code = object.getAsJsonObject("properties").get("code").getAsString();
      geometries.put(code, object.getAsJsonObject("geometry").toString());
    }
    return new StateBoundaries(geometries);
  }

  /** Builds the boundaries from each state's geometry as GeoJSON text, keyed by USPS code. */
  public static StateBoundaries fromGeometries(Map<String, String> geometryJsonByState) {
    return new StateBoundaries(new LinkedHashMap<>(geometryJsonByState));
  }

  /** The state whose boundary contains the point, if any (points offshore may lie in none). */
  public Optional<String> stateAt(double lat, double lon) {
    for (Map.Entry<String, Component2D> entry : componentsByState.entrySet()) {
      if (entry.getValue().contains(lon, lat)) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  /** The state's polygons (outer rings with their holes). */
  public Polygon[] polygons(String stateCode) {
    Polygon[] polygons = polygonsByState.get(stateCode);
    if (polygons == null) {
      throw new IllegalArgumentException("no boundary for state " + stateCode);
    }
    return polygons.clone();
  }

  /** Each state's geometry as GeoJSON text, keyed by USPS code. */
  public Map<String, String> geometryJsonByState() {
    return geometryJsonByState;
  }

  private static Polygon[] polygonsOf(JsonObject geometry) {
    String type = geometry.get("type").getAsString();
    JsonArray coordinates = geometry.getAsJsonArray("coordinates");
    List<Polygon> polygons = new ArrayList<>();
    switch (type) {
      case "Polygon" -> polygons.add(polygonOf(coordinates));
      case "MultiPolygon" -> {
        for (JsonElement polygon : coordinates) {
          polygons.add(polygonOf(polygon.getAsJsonArray()));
        }
      }
      default -> throw new IllegalArgumentException("unsupported geometry type " + type);
    }
    return polygons.toArray(new Polygon[0]);
  }

  private static Polygon polygonOf(JsonArray rings) {
    Polygon[] holes = new Polygon[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ringOf(rings.get(i).getAsJsonArray());
    }
    JsonArray outer = rings.get(0).getAsJsonArray();
    double[][] latsLons = latsLonsOf(outer);
    return new Polygon(latsLons[0], latsLons[1], holes);
  }

  private static Polygon ringOf(JsonArray ring) {
    double[][] latsLons = latsLonsOf(ring);
    return new Polygon(latsLons[0], latsLons[1]);
  }

  private static double[][] latsLonsOf(JsonArray ring) {
    double[] lats = new double[ring.size()];
    double[] lons = new double[ring.size()];
    for (int i = 0; i < ring.size(); i++) {
      JsonArray position = ring.get(i).getAsJsonArray();
      lons[i] = position.get(0).getAsDouble();
      lats[i] = position.get(1).getAsDouble();
    }
    return new double[][] {lats, lons};
  }
}
