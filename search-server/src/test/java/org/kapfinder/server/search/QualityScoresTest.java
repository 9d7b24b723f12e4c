package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.ProviderQueryBuilder;

class QualityScoresTest {

  @RegisterExtension static final SampleIndex sample = new SampleIndex();

  @Test
  void eachProvidersQualityIsWhatLuceneScoresForTheQualityClauses() throws Exception {
    IndexSearcher searcher = sample.searcher();
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    ProviderQueryBuilder.QUALITY.forEach(clause -> builder.add(clause, Occur.SHOULD));
    Query quality = builder.build();
    Set<Float> distinct = new HashSet<>();
    for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
      float expected = searcher.explain(quality, doc).getValue().floatValue();
      float loaded = sample.columns().qualityScore(doc);
      assertThat((double) loaded).as("provider document %d", doc).isCloseTo(expected, within(1e-6));
      distinct.add(loaded);
    }
    // The sample's records differ in rating, reviews, freshness and completeness.
    assertThat(distinct).hasSizeGreaterThan(20);
  }
}
