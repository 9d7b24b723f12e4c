package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kapfinder.server.search.SampleSearches.randomPlan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.facet.range.DoubleRange;
import org.apache.lucene.facet.range.DoubleRangeFacetCounts;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * The one-pass collectors of a provider search against plain Lucene on the same query, over the
 * bundled sample corpus (2,250 providers, enough that most matches are passed over unscored): the
 * best page equals {@code TopScoreDocCollector}'s, hit for hit and score for score; the nearest
 * page equals Lucene's distance sort; the facet tally equals Lucene's facet module, and its
 * distance bands equal counts with the radius filter.
 */
class ProviderPassesMatchLuceneTest {

  private static final long SEED = 20261128L;

  @RegisterExtension static final SampleIndex sample = new SampleIndex();

  private final IndexSearcher searcher = sample.searcher();
  private final ProviderSearch search = SampleIndex.providerSearch();

  @Test
  void theBestPageIsLucenesTopScoresHitForHit() throws Exception {
    Random random = new Random(SEED);
    int pagesWithMoreMatchesThanRoom = 0;
    for (int i = 0; i < 60; i++) {
      ProviderSearchPlan plan = randomPlan(random, SortOrder.BEST);
      ProviderSearch.Result result = search.search(searcher, plan, sample.columns());
      int wanted = plan.page() * plan.size();
      TopDocs expected =
          searcher.search(
              result.query(), new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
      assertThat(hits(result.page())).as(plan.toString()).isEqualTo(hits(expected));
      assertThat(result.total()).as(plan.toString()).isEqualTo(expected.totalHits.value);
      if (result.total() > wanted) {
        pagesWithMoreMatchesThanRoom++;
      }
    }
    // Most searches must have had matches to pass over, or the bound was never put to the test.
    assertThat(pagesWithMoreMatchesThanRoom).isGreaterThan(40);
  }

  @Test
  void theBestPageIsTheSameWithTheSegmentsSearchedInParallel() throws Exception {
    // One slice per segment, run in turn on this thread: the second slice's collector then starts
    // with the first one's page full, the most it can pass over on the strength of another's page.
    IndexSearcher inTurn = onePerSegment(searcher, Runnable::run);
    assertThat(inTurn.getSlices()).hasSizeGreaterThan(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      IndexSearcher inParallel = onePerSegment(searcher, pool);
      Random random = new Random(SEED + 4);
      for (int i = 0; i < 60; i++) {
        ProviderSearchPlan plan = randomPlan(random, SortOrder.BEST);
        ProviderSearch.Result alone = search.search(searcher, plan, sample.columns());
        for (IndexSearcher sliced : List.of(inTurn, inParallel)) {
          ProviderSearch.Result result = search.search(sliced, plan, sample.columns());
          assertThat(hits(result.page())).as(plan.toString()).isEqualTo(hits(alone.page()));
          assertThat(result.total()).as(plan.toString()).isEqualTo(alone.total());
          assertThat(result.facets()).as(plan.toString()).isEqualTo(alone.facets());
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * A searcher over the same index with each segment a slice of its own, run on {@code threads}.
   */
  private static IndexSearcher onePerSegment(IndexSearcher searcher, Executor threads) {
    return new IndexSearcher(searcher.getIndexReader(), threads) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return slices(leaves, 1, 1);
      }
    };
  }

  @Test
  void theNearestPageIsLucenesDistanceSort() throws Exception {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 40; i++) {
      ProviderSearchPlan plan = randomPlan(random, SortOrder.DISTANCE);
      ProviderSearch.Result result = search.search(searcher, plan, sample.columns());
      Sort byDistance =
          new Sort(
              LatLonDocValuesField.newDistanceSort(
                  ProviderFields.LOCATION, plan.location().lat(), plan.location().lon()));
      TopDocs expected = searcher.search(result.query(), plan.page() * plan.size(), byDistance);
      assertThat(docs(result.page())).as(plan.toString()).isEqualTo(docs(expected));
    }
  }

  @Test
  void theTallyIsLucenesFacetCounts() throws Exception {
    Random random = new Random(SEED + 2);
    for (int i = 0; i < 30; i++) {
      ProviderSearchPlan plan = randomPlan(random, SortOrder.BEST);
      Query query = search.query(plan, plan.radiusMiles(), sample.columns());
      double lat = plan.location().lat();
      double lon = plan.location().lon();
      FacetTally tally =
          searcher.search(query, FacetTally.collectorManager(sample.columns(), lat, lon, null));
      assertThat(tally.counts())
          .as(plan.toString())
          .isEqualTo(facetModule(searcher, query, lat, lon));
    }
  }

  @Test
  void aMatchAHairBeyondABandsEdgeIsCountedBeyondIt() throws Exception {
    // A provider's point as the index holds it, and a searcher due north of it, placed to the
    // nearest double so that the provider lies just beyond the 5-mile band: the tally must place it
    // as the radius filter's own test does, to the last bit of the key.
    Document provider = null;
    for (int doc = 0; provider == null; doc++) {
      Document candidate = searcher.storedFields().document(doc);
      if (candidate.get(ProviderFields.LOCATION) != null) {
        provider = candidate;
      }
    }
    String[] point = provider.get(ProviderFields.LOCATION).split(",");
    double lat = GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(parse(point[0])));
    double lon =
        GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(parse(point[1])));
    double edgeKey = GeoUtils.distanceQuerySortKey(Distances.milesToMeters(5));
    double inside = lat;
    double beyond = lat + 0.2;
    while (Math.nextUp(inside) < beyond) {
      double middle = inside + (beyond - inside) / 2;
      if (key(middle, lon, lat) > edgeKey) {
        beyond = middle;
      } else {
        inside = middle;
      }
    }
    assertThat(key(beyond, lon, lat)).isGreaterThan(edgeKey);
    assertThat(key(inside, lon, lat)).isLessThanOrEqualTo(edgeKey);

    Query query = new TermQuery(new Term(ProviderFields.ID, provider.get(ProviderFields.ID)));
    FacetTally tally =
        searcher.search(query, FacetTally.collectorManager(sample.columns(), beyond, lon, null));
    assertThat(tally.counts().get("distance")).containsEntry("5", 0L).containsEntry("10", 1L);
    assertThat(tally.counts()).isEqualTo(facetModule(searcher, query, beyond, lon));

    // And from the nearest double on the other side, the provider is within the band.
    FacetTally within =
        searcher.search(query, FacetTally.collectorManager(sample.columns(), inside, lon, null));
    assertThat(within.counts().get("distance")).containsEntry("5", 1L);
    assertThat(within.counts()).isEqualTo(facetModule(searcher, query, inside, lon));
  }

  private static double key(double lat, double lon, double otherLat) {
    return new DistanceSortKeys(lat, lon).sortKey(otherLat, lon);
  }

  private static double parse(String degrees) {
    return Double.parseDouble(degrees);
  }

  /** The counts as the Lucene facet module and the radius filter give them. */
  private static Map<String, Map<String, Long>> facetModule(
      IndexSearcher searcher, Query query, double lat, double lon) throws Exception {
    FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (Map.Entry<String, String> facet : ProviderColumns.KEYWORD_FACETS.entrySet()) {
      StringValueFacetCounts counts =
          new StringValueFacetCounts(
              new StringDocValuesReaderState(searcher.getIndexReader(), facet.getValue()), matches);
      Map<String, Long> values = new LinkedHashMap<>();
      for (LabelAndValue value : counts.getAllChildren(facet.getValue()).labelValues) {
        values.put(value.label, value.value.longValue());
      }
      facets.put(facet.getKey(), values);
    }
    List<DoubleRange> bands = new ArrayList<>();
    double lower = 0;
    for (int i = 0; i < ProviderColumns.PRICE_BAND_LABELS.size(); i++) {
      double upper = ProviderColumns.PRICE_BAND_UPPER_USD[i];
      boolean last = i == ProviderColumns.PRICE_BAND_LABELS.size() - 1;
      bands.add(
          new DoubleRange(ProviderColumns.PRICE_BAND_LABELS.get(i), lower, true, upper, last));
      lower = upper;
    }
    Map<String, Long> prices = new LinkedHashMap<>();
    DoubleRangeFacetCounts priceCounts =
        new DoubleRangeFacetCounts(
            ProviderFields.SESSION_MIN_USD,
            DoubleValuesSource.fromDoubleField(ProviderFields.SESSION_MIN_USD),
            matches,
            bands.toArray(new DoubleRange[0]));
    for (LabelAndValue value :
        priceCounts.getAllChildren(ProviderFields.SESSION_MIN_USD).labelValues) {
      prices.put(value.label, value.value.longValue());
    }
    facets.put("price", prices);
    Map<String, Long> distance = new LinkedHashMap<>();
    for (double miles : FacetTally.DISTANCE_BANDS_MILES) {
      Query within =
          new BooleanQuery.Builder()
              .add(query, Occur.FILTER)
              .add(
                  LatLonPoint.newDistanceQuery(
                      ProviderFields.LOCATION, lat, lon, Distances.milesToMeters(miles)),
                  Occur.FILTER)
              .build();
      distance.put(String.valueOf((int) miles), (long) searcher.count(within));
    }
    facets.put("distance", distance);
    return facets;
  }

  private static List<String> hits(TopDocs top) {
    List<String> hits = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      hits.add(hit.doc + "@" + hit.score);
    }
    return hits;
  }

  private static List<Integer> docs(TopDocs top) {
    List<Integer> docs = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }
}
