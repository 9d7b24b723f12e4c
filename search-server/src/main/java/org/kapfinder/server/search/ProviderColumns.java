package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;

/**
 * The values every provider search reads for each match, held in memory for the life of an index
 * snapshot: the facet values and the ways of reaching each provider as one bit set per document,
 * its point as the encoded integers of its doc values, and, for the test of who the searcher can
 * visit, its state and service radius; what its quality adds to its score; and what finding who may
 * serve a searcher at a point reads ({@link PointReachData}). Counting facets then costs a few bit
 * operations per match instead of a doc-values lookup per field, and the closeness of a match is
 * known without asking the index. 37 bytes per provider, and {@link PointReachData}'s 8.
 */
final class ProviderColumns {

  /** Keyword facets in the order of the response: API name to index field. */
  static final Map<String, String> KEYWORD_FACETS = keywordFacets();

  /** Price bands of the cheapest session, upper bounds exclusive, in USD. */
  static final double[] PRICE_BAND_UPPER_USD = {250, 500, 750, Double.POSITIVE_INFINITY};

  static final List<String> PRICE_BAND_LABELS = List.of("<250", "250-500", "500-750", "750+");

  /** A facet's values and the bit of the first one; value {@code i} is bit {@code first + i}. */
  record Facet(String name, List<String> labels, int firstBit) {}

  /** The bit that says a document has a point. */
  private static final long LOCATED = 1L << 63;

  /** The bit of a provider reached by telehealth in its licensed states ({@link #reachBits}). */
  static final long REACH_TELEHEALTH = 1L << 62;

  /** The bit of a provider that travels to people within its service radius. */
  static final long REACH_MOBILE = 1L << 61;

  /** The bit of a provider with a place to visit. */
  static final long REACH_IN_PERSON = 1L << 60;

  /** The bits below the reach bits, which the facet values may use. */
  private static final int FACET_BIT_LIMIT = 60;

  private static final long FACET_BITS = (1L << FACET_BIT_LIMIT) - 1;

  private static final long REACH_BITS = REACH_TELEHEALTH | REACH_MOBILE | REACH_IN_PERSON;

  private static final Map<String, Long> REACH_BIT_OF_VALUE =
      Map.of(
          ProviderFields.REACH_TELEHEALTH, REACH_TELEHEALTH,
          ProviderFields.REACH_MOBILE, REACH_MOBILE,
          ProviderFields.REACH_IN_PERSON, REACH_IN_PERSON);

  private final List<Facet> facets;

  /** How many of the low bits the facet values take. */
  private final int facetBitCount;

  /** The bits of the routes given in person ({@link Route#isSelfAdministered} false). */
  private final long inPersonRouteBits;

  /**
   * Two longs per document, side by side so that one cache line serves both: the facet bits (and
   * {@link #LOCATED}), then the encoded point as {@code LatLonDocValuesField} stores it.
   */
  private final long[] values;

  /**
   * Three doubles per document, the point on the unit sphere ({@link DistanceSortKeys#unitVector});
   * zeros without a point.
   */
  private final double[] unitVectors;

  /** The service radius of each mobile provider; NaN for the others. */
  private final double[] serviceRadiusMiles;

  /** The states of the providers' addresses, in the order of their terms. */
  private final List<String> states;

  /** The index in {@link #states} of each provider's state, plus one; 0 without an address. */
  private final byte[] stateOrdinals;

  /** What the quality clauses add to each provider's score ({@link QualityScores}). */
  private final float[] qualityScores;

  private final PointReachData reachData;

  /** Each state's telehealth providers as best-first searches tally them, built on first use. */
  private final Map<String, TelehealthInState> telehealthByState = new ConcurrentHashMap<>();

  private ProviderColumns(
      List<Facet> facets,
      long[] values,
      double[] unitVectors,
      double[] serviceRadiusMiles,
      List<String> states,
      byte[] stateOrdinals,
      float[] qualityScores,
      PointReachData reachData) {
    this.facets = facets;
    Facet last = facets.get(facets.size() - 1);
    this.facetBitCount = last.firstBit() + last.labels().size();
    this.inPersonRouteBits =
        valueBits(
            "route",
            label ->
                WireEnum.parse(Route.class, label)
                    .map(route -> !route.isSelfAdministered())
                    .orElse(false));
    this.values = values;
    this.unitVectors = unitVectors;
    this.serviceRadiusMiles = serviceRadiusMiles;
    this.states = states;
    this.stateOrdinals = stateOrdinals;
    this.qualityScores = qualityScores;
    this.reachData = reachData;
  }

  /**
   * Reads the columns of every document of {@code reader}, indexed by the reader's document id.
   *
   * @throws IllegalStateException when the facet values do not fit in the 60 bits a column has for
   *     them, or the states in the 255 a byte numbers, which the schema's closed vocabularies rule
   *     out
   */
  static ProviderColumns load(IndexReader reader) throws IOException {
    List<Facet> facets = new ArrayList<>();
    int nextBit = 0;
    for (Map.Entry<String, String> facet : KEYWORD_FACETS.entrySet()) {
      List<String> labels = KeywordColumns.labels(reader, facet.getValue());
      facets.add(new Facet(facet.getKey(), labels, nextBit));
      nextBit += labels.size();
    }
    facets.add(new Facet("price", PRICE_BAND_LABELS, nextBit));
    nextBit += PRICE_BAND_LABELS.size();
    if (nextBit > FACET_BIT_LIMIT) {
      throw new IllegalStateException(
          "the provider facets have "
              + nextBit
              + " values, more than the "
              + FACET_BIT_LIMIT
              + " a column holds");
    }
    List<String> states = KeywordColumns.labels(reader, ProviderFields.STATE);
    if (states.size() > 255) {
      throw new IllegalStateException("the providers have " + states.size() + " states");
    }
    long[] values = new long[2 * reader.maxDoc()];
    double[] unitVectors = new double[3 * reader.maxDoc()];
    double[] serviceRadiusMiles = new double[reader.maxDoc()];
    Arrays.fill(serviceRadiusMiles, Double.NaN);
    byte[] stateOrdinals = new byte[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      int base = leaf.docBase;
      for (int i = 0; i < facets.size() - 1; i++) {
        Facet facet = facets.get(i);
        String field = KEYWORD_FACETS.get(facet.name());
        int[] bitOfOrd =
            KeywordColumns.bitsOfOrds(leaf.reader(), field, facet.labels(), facet.firstBit());
        KeywordColumns.setBits(leaf.reader(), field, bitOfOrd, base, values, 2);
      }
      readPriceBands(leaf.reader(), facets.get(facets.size() - 1).firstBit(), base, values);
      readReach(leaf.reader(), base, values);
      KeywordColumns.setOrdinals(leaf.reader(), ProviderFields.STATE, states, base, stateOrdinals);
      NumericDocValues radii =
          DocValues.getNumeric(leaf.reader(), ProviderFields.SERVICE_RADIUS_MILES);
      for (int doc = radii.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = radii.nextDoc()) {
        serviceRadiusMiles[base + doc] = Double.longBitsToDouble(radii.longValue());
      }
      SortedNumericDocValues points =
          DocValues.getSortedNumeric(leaf.reader(), ProviderFields.LOCATION);
      for (int doc = points.nextDoc(); doc != SortedNumericDocValues.NO_MORE_DOCS; ) {
        values[2 * (base + doc)] |= LOCATED;
        long encodedPoint = points.nextValue();
        values[2 * (base + doc) + 1] = encodedPoint;
        DistanceSortKeys.unitVector(
            GeoEncodingUtils.decodeLatitude((int) (encodedPoint >> 32)),
            GeoEncodingUtils.decodeLongitude((int) encodedPoint),
            unitVectors,
            3 * (base + doc));
        doc = points.nextDoc();
      }
    }
    return new ProviderColumns(
        facets,
        values,
        unitVectors,
        serviceRadiusMiles,
        states,
        stateOrdinals,
        QualityScores.load(reader),
        PointReachData.load(reader, serviceRadiusMiles));
  }

  /** How many of the low bits of {@link #facetBits} the facet values take. */
  int facetBitCount() {
    return facetBitCount;
  }

  /** The facets whose values the bit sets hold, keyword facets first, then price. */
  List<Facet> facets() {
    return facets;
  }

  /** The bit of a facet's value in {@link #facetBits}; 0 when no document has the value. */
  long valueBit(String facetName, String label) {
    for (Facet facet : facets) {
      int index = facet.name().equals(facetName) ? facet.labels().indexOf(label) : -1;
      if (index >= 0) {
        return 1L << (facet.firstBit() + index);
      }
    }
    return 0;
  }

  /** The bits of the routes given in person (IV, IM, Spravato) in {@link #facetBits}. */
  long inPersonRouteBits() {
    return inPersonRouteBits;
  }

  /** The bit of a delivery mode in {@link #facetBits}; 0 when no provider has it. */
  long modeBit(Mode mode) {
    return valueBits("mode", label -> label.equals(mode.wireName()));
  }

  /** The bits of the values of a facet whose labels pass the test. */
  private long valueBits(String facetName, Predicate<String> test) {
    long bits = 0;
    for (Facet facet : facets) {
      if (facet.name().equals(facetName)) {
        for (int i = 0; i < facet.labels().size(); i++) {
          if (test.test(facet.labels().get(i))) {
            bits |= 1L << (facet.firstBit() + i);
          }
        }
      }
    }
    return bits;
  }

  /** The facet values of a document, one bit per value (see {@link Facet}). */
  long facetBits(int doc) {
    return values[2 * doc] & FACET_BITS;
  }

  /**
   * The ways a document's provider reaches people: {@link #REACH_IN_PERSON}, {@link #REACH_MOBILE},
   * {@link #REACH_TELEHEALTH}.
   */
  long reachBits(int doc) {
    return values[2 * doc] & REACH_BITS;
  }

  /** The ordinal {@link #stateOrdinal(int)} gives a state's providers; -1 when it has none. */
  int stateOrdinal(String state) {
    int index = states.indexOf(state);
    return index < 0 ? -1 : index + 1;
  }

  /** What the quality clauses add to the document's score, as Lucene scores them alone. */
  float qualityScore(int doc) {
    return qualityScores[doc];
  }

  /** The providers' curve keys and each state's telehealth providers. */
  PointReachData reachData() {
    return reachData;
  }

  /** The telehealth providers licensed in a state ({@link PointReachData#telehealthDocs}). */
  TelehealthInState telehealthIn(String state) {
    return telehealthByState.computeIfAbsent(
        state, ignored -> new TelehealthInState(this, reachData.telehealthDocs(state)));
  }

  /** The ordinal of the state of a document's address; 0 without an address. */
  int stateOrdinal(int doc) {
    return Byte.toUnsignedInt(stateOrdinals[doc]);
  }

  /**
   * How far the point lies beyond a mobile provider's service circle, in miles, as the query for
   * mobile providers covering a point computes it ({@code DistanceValues}); NaN for a document
   * without a point or a service radius.
   */
  double milesBeyondServiceRadius(int doc, double lat, double lon) {
    double radius = serviceRadiusMiles[doc];
    if (Double.isNaN(radius) || !hasPoint(doc)) {
      return Double.NaN;
    }
    return Distances.haversineMiles(lat, lon, latitude(doc), longitude(doc)) - radius;
  }

  /**
   * The haversine sort key ({@link DistanceSortKeys}) of the distance from a point to a document,
   * as Lucene's distance queries and sorts compute it; NaN when the document has no point.
   */
  double haversinSortKey(int doc, DistanceSortKeys from) {
    return hasPoint(doc) ? from.sortKey(latitude(doc), longitude(doc)) : Double.NaN;
  }

  /**
   * {@link #haversinSortKey} within {@link DistanceSortKeys#APPROXIMATION_ERROR}, at a fraction of
   * its cost; NaN when the document has no point.
   */
  double approximateSortKey(int doc, DistanceSortKeys from) {
    int at = 3 * doc;
    return hasPoint(doc)
        ? from.approximateKey(unitVectors[at], unitVectors[at + 1], unitVectors[at + 2])
        : Double.NaN;
  }

  /** True when the document has a point. */
  boolean hasPoint(int doc) {
    return (values[2 * doc] & LOCATED) != 0;
  }

  /** The point as {@code LatLonPoint} encodes it, latitude in the high 32 bits; if it has one. */
  long encodedPoint(int doc) {
    return values[2 * doc + 1];
  }

  private double latitude(int doc) {
    return GeoEncodingUtils.decodeLatitude((int) (encodedPoint(doc) >> 32));
  }

  private double longitude(int doc) {
    return GeoEncodingUtils.decodeLongitude((int) encodedPoint(doc));
  }

  private static Map<String, String> keywordFacets() {
    Map<String, String> facets = new LinkedHashMap<>();
    facets.put("route", ProviderFields.ROUTE);
    facets.put("condition", ProviderFields.CONDITION);
    facets.put("mode", ProviderFields.MODE);
    facets.put("insurance", ProviderFields.INSURANCE);
    facets.put("psychotherapy", ProviderFields.PSYCHOTHERAPY);
    return Collections.unmodifiableMap(facets);
  }

  private static void readReach(LeafReader reader, int base, long[] values) throws IOException {
    SortedSetDocValues docValues = DocValues.getSortedSet(reader, ProviderFields.REACH);
    int[] bitOfOrd = new int[Math.toIntExact(docValues.getValueCount())];
    for (int ord = 0; ord < bitOfOrd.length; ord++) {
      String value = docValues.lookupOrd(ord).utf8ToString();
      Long bit = REACH_BIT_OF_VALUE.get(value);
      if (bit == null) {
        throw new IllegalStateException("unknown way of reaching people in the index: " + value);
      }
      bitOfOrd[ord] = Long.numberOfTrailingZeros(bit);
    }
    KeywordColumns.setBits(reader, ProviderFields.REACH, bitOfOrd, base, values, 2);
  }

  private static void readPriceBands(LeafReader reader, int firstBit, int base, long[] values)
      throws IOException {
    NumericDocValues prices = DocValues.getNumeric(reader, ProviderFields.SESSION_MIN_USD);
    for (int doc = prices.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = prices.nextDoc()) {
      double usd = Double.longBitsToDouble(prices.longValue());
      int band = 0;
      while (band < PRICE_BAND_UPPER_USD.length - 1 && usd >= PRICE_BAND_UPPER_USD[band]) {
        band++;
      }
      if (usd >= 0) {
        values[2 * (base + doc)] |= 1L << (firstBit + band);
      }
    }
  }
}
