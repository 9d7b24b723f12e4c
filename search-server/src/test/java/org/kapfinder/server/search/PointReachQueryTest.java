package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.SortingCodecReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.index.geo.Distances;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.SpatialOrder;
import org.kapfinder.index.schema.TextAnalyzers;
import org.kapfinder.server.query.ProviderQueryBuilder;

/**
 * The in-memory reach of a searcher at a point finds exactly the providers that the query builder's
 * queries for the same ways find, for every combination of ways, on the sample index as built
 * (segments in curve order), on two sorted copies of it, and on a copy out of curve order.
 */
class PointReachQueryTest {

  private static final long SEED = 20261129L;

  private static final ProviderQueryBuilder QUERIES =
      new ProviderQueryBuilder(TextAnalyzers.forQueries(), 10);

  @RegisterExtension static final SampleIndex sample = new SampleIndex();

  @Test
  void findsWhatTheQueryBuildersQueriesFindForEveryWay() throws Exception {
    Found found = compareRandomSearches(sample.searcher(), sample.columns(), new Random(SEED));
    // Each way must have found providers many times, or it went untested.
    assertThat(found.inPerson()).isGreaterThan(50);
    assertThat(found.mobile()).isGreaterThan(20);
    assertThat(found.telehealth()).isGreaterThan(50);
  }

  @Test
  void aProviderExactlyAtTheRadiusIsInOrOutAsLuceneDecides() throws Exception {
    IndexSearcher searcher = sample.searcher();
    ProviderColumns columns = sample.columns();
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 100; i++) {
      double[] center = jittered(randomPoint(columns, random), random);
      double[] provider = randomPoint(columns, random);
      double miles =
          Distances.metersToMiles(
              SloppyMath.haversinMeters(center[0], center[1], provider[0], provider[1]));
      if (miles < 0.1 || miles > 500) {
        continue;
      }
      for (double radius : new double[] {Math.nextDown(miles), miles, Math.nextUp(miles)}) {
        Ways inPerson = new Ways(radius, false, null, Set.of());
        assertSameProviders(searcher, columns, center[0], center[1], inPerson);
      }
    }
  }

  @Test
  void readsEachSortedSegmentFromItsOwnBaseAndAnUnsortedSegmentWhole() throws Exception {
    try (Directory twoSorted = new ByteBuffersDirectory();
        Directory unsorted = new ByteBuffersDirectory()) {
      copy(twoSorted, SpatialOrder.indexSort(), 2);
      copy(unsorted, reversedCurveOrder(), 1);
      try (IndexReader reader = DirectoryReader.open(twoSorted)) {
        assertThat(reader.leaves()).hasSize(2);
        IndexSearcher searcher = new IndexSearcher(reader);
        ProviderColumns columns = ProviderColumns.load(reader);
        assertThat(columns.reachData().inCurveOrder(0)).isTrue();
        assertThat(columns.reachData().inCurveOrder(1)).isTrue();
        compareRandomSearches(searcher, columns, new Random(SEED + 2));
      }
      try (IndexReader reader = DirectoryReader.open(unsorted)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        ProviderColumns columns = ProviderColumns.load(reader);
        assertThat(columns.reachData().inCurveOrder(0)).isFalse();
        compareRandomSearches(searcher, columns, new Random(SEED + 3));
      }
    }
  }

  /** The ways of reaching a searcher a search asks for. */
  private record Ways(Double radiusMiles, boolean mobile, String state, Set<Route> routeFilter) {

    static Ways random(Random random) {
      boolean inPerson = random.nextInt(4) > 0;
      String state = random.nextInt(4) > 0 ? STATES.get(random.nextInt(STATES.size())) : null;
      Set<Route> routes = EnumSet.noneOf(Route.class);
      if (random.nextInt(3) == 0) {
        routes.add(Route.values()[random.nextInt(Route.values().length)]);
      }
      return new Ways(
          inPerson ? Math.exp(random.nextDouble() * Math.log(500)) : null,
          random.nextBoolean(),
          state,
          routes);
    }

    PointReachQuery query(ProviderColumns columns, double lat, double lon) {
      MobileCovering mobileCovering =
          mobile ? new MobileCovering(columns.reachData(), lat, lon) : null;
      InPersonArea inPerson =
          radiusMiles == null ? null : InPersonArea.around(lat, lon, radiusMiles);
      return new PointReachQuery(columns, inPerson, mobileCovering, state, routeFilter);
    }

    /** The same ways as the query builder's queries, any of them. */
    Query luceneQuery(double lat, double lon) {
      List<Query> ways = new ArrayList<>();
      if (radiusMiles != null) {
        ways.add(QUERIES.inPersonWithin(lat, lon, radiusMiles));
      }
      if (mobile) {
        ways.add(QUERIES.mobileCovering(lat, lon));
      }
      Query telehealth = state == null ? null : QUERIES.telehealthServing(state, routeFilter);
      if (telehealth != null) {
        ways.add(telehealth);
      }
      return ways.isEmpty() ? new MatchNoDocsQuery() : ProviderQueryBuilder.anyOf(ways);
    }
  }

  /** How many searches found providers by each way alone. */
  private record Found(int inPerson, int mobile, int telehealth) {}

  /** States with many telehealth providers in the sample, and one without any. */
  private static final List<String> STATES = List.of("TX", "CA", "NY", "FL", "CO", "WA", "ZZ");

  /** The curve order backwards: a segment whose keys only decrease. */
  private static Sort reversedCurveOrder() {
    SortField key = new SortField(ProviderFields.SPATIAL_ORDER, SortField.Type.LONG, true);
    key.setMissingValue(SpatialOrder.NO_POINT);
    return new Sort(key);
  }

  /**
   * Copies the sample index into {@code segments} segments, each a whole copy.
   *
   * @param indexSort the copy's sort
   */
  private static void copy(Directory into, Sort indexSort, int segments) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig();
    config.setIndexSort(indexSort);
    try (IndexWriter writer = new IndexWriter(into, config)) {
      for (int i = 0; i < segments; i++) {
        List<CodecReader> leaves = new ArrayList<>();
        for (LeafReaderContext leaf : sample.searcher().getIndexReader().leaves()) {
          leaves.add(
              SortingCodecReader.wrap(SlowCodecReaderWrapper.wrap(leaf.reader()), indexSort));
        }
        writer.addIndexes(leaves.toArray(CodecReader[]::new));
        writer.commit();
      }
    }
  }

  /**
   * Compares 300 searches around random providers, with random ways and radii from 1 to 500 miles,
   * and each way of the search alone.
   */
  private static Found compareRandomSearches(
      IndexSearcher searcher, ProviderColumns columns, Random random) throws IOException {
    int inPerson = 0;
    int mobile = 0;
    int telehealth = 0;
    for (int i = 0; i < 300; i++) {
      double[] center = jittered(randomPoint(columns, random), random);
      double lat = center[0];
      double lon = center[1];
      Ways ways = Ways.random(random);
      assertSameProviders(searcher, columns, lat, lon, ways);
      if (ways.radiusMiles() != null) {
        Ways alone = new Ways(ways.radiusMiles(), false, null, Set.of());
        inPerson += assertSameProviders(searcher, columns, lat, lon, alone) > 0 ? 1 : 0;
      }
      if (ways.mobile()) {
        Ways alone = new Ways(null, true, null, Set.of());
        mobile += assertSameProviders(searcher, columns, lat, lon, alone) > 0 ? 1 : 0;
      }
      if (ways.state() != null) {
        Ways alone = new Ways(null, false, ways.state(), ways.routeFilter());
        telehealth += assertSameProviders(searcher, columns, lat, lon, alone) > 0 ? 1 : 0;
      }
    }
    return new Found(inPerson, mobile, telehealth);
  }

  /** Asserts both queries find the same documents and returns how many. */
  private static int assertSameProviders(
      IndexSearcher searcher, ProviderColumns columns, double lat, double lon, Ways ways)
      throws IOException {
    Set<Integer> expected = docs(searcher, ways.luceneQuery(lat, lon));
    Set<Integer> found = docs(searcher, ways.query(columns, lat, lon));
    assertThat(found).as("%s around %s,%s", ways, lat, lon).isEqualTo(expected);
    // Led by a sparser clause, as a text query leads a search: the reach is advanced, not walked.
    Query ptsd = new TermQuery(new Term(ProviderFields.CONDITION, "ptsd"));
    assertThat(docs(searcher, both(ways.query(columns, lat, lon), ptsd)))
        .as("%s around %s,%s, with PTSD", ways, lat, lon)
        .isEqualTo(docs(searcher, both(ways.luceneQuery(lat, lon), ptsd)));
    return found.size();
  }

  private static Query both(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
  }

  private static Set<Integer> docs(IndexSearcher searcher, Query query) throws IOException {
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, searcher.getIndexReader().maxDoc()).scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }

  /** The decoded point of a random provider that has one. */
  private static double[] randomPoint(ProviderColumns columns, Random random) {
    while (true) {
      int doc = random.nextInt(sample.searcher().getIndexReader().maxDoc());
      if (columns.hasPoint(doc)) {
        long point = columns.encodedPoint(doc);
        return new double[] {
          GeoEncodingUtils.decodeLatitude((int) (point >> 32)),
          GeoEncodingUtils.decodeLongitude((int) point)
        };
      }
    }
  }

  /** The point moved up to half a degree each way, within the valid range. */
  private static double[] jittered(double[] point, Random random) {
    double lat = Math.max(-90, Math.min(90, point[0] + random.nextDouble() - 0.5));
    double lon = Math.max(-180, Math.min(180, point[1] + random.nextDouble() - 0.5));
    return new double[] {lat, lon};
  }
}
