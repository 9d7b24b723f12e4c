package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;
import org.kapfinder.index.schema.ProviderFields;

/**
 * The values every provider search reads for each match, held in memory for the life of an index
 * snapshot: the facet values of each provider as one bit set per document, and its point as the
 * encoded integers of its doc values. Counting facets then costs a few bit operations per match
 * instead of a doc-values lookup per field, and the closeness of a match is known without asking
 * the index. 16 bytes per provider.
 */
final class ProviderColumns {

  /** Keyword facets in the order of the response: API name to index field. */
  static final Map<String, String> KEYWORD_FACETS = keywordFacets();

  /** Price bands of the cheapest session, upper bounds exclusive, in USD. */
  static final double[] PRICE_BAND_UPPER_USD = {250, 500, 750, Double.POSITIVE_INFINITY};

  static final List<String> PRICE_BAND_LABELS = List.of("<250", "250-500", "500-750", "750+");

  /** A facet's values and the bit of the first one; value {@code i} is bit {@code first + i}. */
  record Facet(String name, List<String> labels, int firstBit) {}

  /** The bit of {@link #facetBits} that says a document has a point. */
  private static final long LOCATED = 1L << 63;

  private final List<Facet> facets;

  /**
   * Two longs per document, side by side so that one cache line serves both: the facet bits (and
   * {@link #LOCATED}), then the encoded point as {@code LatLonDocValuesField} stores it.
   */
  private final long[] values;

  private ProviderColumns(List<Facet> facets, long[] values) {
    this.facets = facets;
    this.values = values;
  }

  /**
   * Reads the columns of every document of {@code reader}, indexed by the reader's document id.
   *
   * @throws IllegalStateException when the facet values do not fit in the 63 bits a column has,
   *     which the schema's closed vocabularies rule out
   */
  static ProviderColumns load(IndexReader reader) throws IOException {
    List<Facet> facets = new ArrayList<>();
    int nextBit = 0;
    for (Map.Entry<String, String> facet : KEYWORD_FACETS.entrySet()) {
      List<String> labels = labels(reader, facet.getValue());
      facets.add(new Facet(facet.getKey(), labels, nextBit));
      nextBit += labels.size();
    }
    facets.add(new Facet("price", PRICE_BAND_LABELS, nextBit));
    nextBit += PRICE_BAND_LABELS.size();
    if (nextBit > Long.SIZE - 1) {
      throw new IllegalStateException(
          "the provider facets have " + nextBit + " values, more than the 63 a column holds");
    }
    long[] values = new long[2 * reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      int base = leaf.docBase;
      for (int i = 0; i < facets.size() - 1; i++) {
        Facet facet = facets.get(i);
        readKeywords(leaf.reader(), KEYWORD_FACETS.get(facet.name()), facet, base, values);
      }
      readPriceBands(leaf.reader(), facets.get(facets.size() - 1).firstBit(), base, values);
      SortedNumericDocValues points =
          DocValues.getSortedNumeric(leaf.reader(), ProviderFields.LOCATION);
      for (int doc = points.nextDoc(); doc != SortedNumericDocValues.NO_MORE_DOCS; ) {
        values[2 * (base + doc)] |= LOCATED;
        values[2 * (base + doc) + 1] = points.nextValue();
        doc = points.nextDoc();
      }
    }
    return new ProviderColumns(facets, values);
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

  /** The facet values of a document, one bit per value (see {@link Facet}). */
  long facetBits(int doc) {
    return values[2 * doc] & ~LOCATED;
  }

  /**
   * The haversine sort key ({@link SloppyMath#haversinSortKey}) of the distance from the point to a
   * document, computed as Lucene's distance queries and sorts compute it; NaN when the document has
   * no point.
   */
  double haversinSortKey(int doc, double lat, double lon) {
    if ((values[2 * doc] & LOCATED) == 0) {
      return Double.NaN;
    }
    long encoded = values[2 * doc + 1];
    return SloppyMath.haversinSortKey(
        lat,
        lon,
        GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)),
        GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL)));
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

  /** Every value of the field in the index, in the order of its terms. */
  private static List<String> labels(IndexReader reader, String field) throws IOException {
    TreeSet<BytesRef> values = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues docValues = DocValues.getSortedSet(leaf.reader(), field);
      for (long ord = 0; ord < docValues.getValueCount(); ord++) {
        values.add(BytesRef.deepCopyOf(docValues.lookupOrd(ord)));
      }
    }
    return values.stream().map(BytesRef::utf8ToString).toList();
  }

  private static void readKeywords(
      LeafReader reader, String field, Facet facet, int base, long[] values) throws IOException {
    SortedSetDocValues docValues = DocValues.getSortedSet(reader, field);
    int[] bitOfOrd = new int[Math.toIntExact(docValues.getValueCount())];
    for (int ord = 0; ord < bitOfOrd.length; ord++) {
      bitOfOrd[ord] =
          facet.firstBit() + facet.labels().indexOf(docValues.lookupOrd(ord).utf8ToString());
    }
    for (int doc = docValues.nextDoc();
        doc != SortedSetDocValues.NO_MORE_DOCS;
        doc = docValues.nextDoc()) {
      for (int i = 0; i < docValues.docValueCount(); i++) {
        values[2 * (base + doc)] |= 1L << bitOfOrd[(int) docValues.nextOrd()];
      }
    }
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
