package org.kapfinder.server.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.facet.range.DoubleRange;
import org.apache.lucene.facet.range.DoubleRangeFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DoubleValuesSource;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;
import org.kapfinder.server.query.DistanceValues;

/**
 * Counts the facets of a provider search over exactly the documents that matched: keyword values
 * from doc values (Lucene's facet module), price bands of the cheapest session, and "within N
 * miles" bands of distance from the searcher.
 */
final class FacetCounter {

  /** Keyword facets: API name to index field. */
  static final Map<String, String> KEYWORD_FACETS =
      Map.of(
          "route", ProviderFields.ROUTE,
          "condition", ProviderFields.CONDITION,
          "mode", ProviderFields.MODE,
          "insurance", ProviderFields.INSURANCE,
          "psychotherapy", ProviderFields.PSYCHOTHERAPY);

  static final List<String> FACET_ORDER =
      List.of("route", "condition", "mode", "insurance", "psychotherapy", "price", "distance");

  static final DoubleRange[] PRICE_BANDS = {
    new DoubleRange("<250", 0, true, 250, false),
    new DoubleRange("250-500", 250, true, 500, false),
    new DoubleRange("500-750", 500, true, 750, false),
    new DoubleRange("750+", 750, true, Double.POSITIVE_INFINITY, true)
  };

  static final double[] DISTANCE_BANDS_MILES = {5, 10, 25, 50, 100};

  private final IndexReader reader;
  private final Map<String, StringDocValuesReaderState> states;

  /**
   * @param states reader states per field, cached with the snapshot they belong to
   */
  FacetCounter(IndexReader reader, Map<String, StringDocValuesReaderState> states) {
    this.reader = reader;
    this.states = states;
  }

  Map<String, Map<String, Long>> count(FacetsCollector matches, Double lat, Double lon)
      throws IOException {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (String name : FACET_ORDER) {
      String field = KEYWORD_FACETS.get(name);
      if (field == null) {
        continue;
      }
      StringValueFacetCounts counts = new StringValueFacetCounts(state(field), matches);
      FacetResult result = counts.getAllChildren(field);
      Map<String, Long> values = new LinkedHashMap<>();
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          values.put(value.label, value.value.longValue());
        }
      }
      facets.put(name, values);
    }
    facets.put(
        "price",
        ranges(
            new DoubleRangeFacetCounts(
                ProviderFields.SESSION_MIN_USD,
                DoubleValuesSource.fromDoubleField(ProviderFields.SESSION_MIN_USD),
                matches,
                PRICE_BANDS),
            ProviderFields.SESSION_MIN_USD));
    if (lat != null && lon != null) {
      DoubleRange[] bands = new DoubleRange[DISTANCE_BANDS_MILES.length];
      for (int i = 0; i < bands.length; i++) {
        bands[i] =
            new DoubleRange(
                String.valueOf((int) DISTANCE_BANDS_MILES[i]),
                0,
                true,
                DISTANCE_BANDS_MILES[i],
                true);
      }
      facets.put(
          "distance",
          ranges(
              new DoubleRangeFacetCounts(
                  ProviderFields.LOCATION,
                  DistanceValues.milesFrom(ProviderFields.LOCATION, lat, lon),
                  matches,
                  bands),
              ProviderFields.LOCATION));
    } else {
      facets.put("distance", Map.of());
    }
    return facets;
  }

  /**
   * Subtracts, from the route counts, the routes given in person (IV, IM, Spravato) of providers
   * that only telehealth brings into the results.
   */
  void discountRoutesGivenInPerson(
      Map<String, Map<String, Long>> facets, FacetsCollector reachedByTelehealthOnly)
      throws IOException {
    Map<String, Long> routes = facets.get("route");
    FacetResult remote =
        new StringValueFacetCounts(state(ProviderFields.ROUTE), reachedByTelehealthOnly)
            .getAllChildren(ProviderFields.ROUTE);
    if (remote == null) {
      return;
    }
    for (LabelAndValue value : remote.labelValues) {
      boolean inPerson =
          WireEnum.parse(Route.class, value.label)
              .map(route -> !route.isSelfAdministered())
              .orElse(false);
      if (inPerson) {
        long left = routes.getOrDefault(value.label, 0L) - value.value.longValue();
        if (left > 0) {
          routes.put(value.label, left);
        } else {
          routes.remove(value.label);
        }
      }
    }
  }

  private StringDocValuesReaderState state(String field) throws IOException {
    synchronized (states) {
      StringDocValuesReaderState state = states.get(field);
      if (state == null) {
        state = new StringDocValuesReaderState(reader, field);
        states.put(field, state);
      }
      return state;
    }
  }

  private static Map<String, Long> ranges(DoubleRangeFacetCounts counts, String field)
      throws IOException {
    Map<String, Long> values = new LinkedHashMap<>();
    for (LabelAndValue value : counts.getAllChildren(field).labelValues) {
      values.put(value.label, value.value.longValue());
    }
    return values;
  }
}
