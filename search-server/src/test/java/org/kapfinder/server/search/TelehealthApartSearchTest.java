package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kapfinder.server.search.SampleSearches.randomPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.TextAnalyzers;
import org.kapfinder.server.query.ProviderQueryBuilder;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * A best-first search that tallies its state's telehealth providers as a whole against the same
 * search tallying every match one by one, over the bundled sample corpus: the same page, hit for
 * hit and score for score, the same total and the same facets, distance bands included.
 */
class TelehealthApartSearchTest {

  @RegisterExtension static final SampleIndex sample = new SampleIndex();

  private final IndexSearcher searcher = sample.searcher();

  private final ProviderSearch apart = SampleIndex.providerSearch();

  private final ProviderSearch oneByOne =
      new ProviderSearch(new ProviderQueryBuilder(TextAnalyzers.forQueries(), 10), false);

  @Test
  void findsAndCountsWhatTallyingEachMatchDoes() throws Exception {
    Random random = new Random(20261201L);
    int withTelehealthOnThePage = 0;
    for (int i = 0; i < 150; i++) {
      ProviderSearchPlan plan = randomPlan(random, SortOrder.BEST);
      ProviderSearch.Result expected = oneByOne.search(searcher, plan, sample.columns());
      ProviderSearch.Result result = apart.search(searcher, plan, sample.columns());
      assertThat(hits(result.page().scoreDocs))
          .as(plan.toString())
          .isEqualTo(hits(expected.page().scoreDocs));
      assertThat(result.total()).as(plan.toString()).isEqualTo(expected.total());
      assertThat(result.facets()).as(plan.toString()).isEqualTo(expected.facets());
      if (!plan.filters().narrows() && hasTelehealthAlone(result)) {
        withTelehealthOnThePage++;
      }
    }
    // Telehealth providers must have made the pages of searches with no filter, which tally them
    // apart, or the scoring of those that may enter a page was not tested.
    assertThat(withTelehealthOnThePage).isGreaterThan(10);
  }

  /** True when the page has a provider that only telehealth brings in: one without a distance. */
  private boolean hasTelehealthAlone(ProviderSearch.Result result) throws Exception {
    for (ScoreDoc hit : result.page().scoreDocs) {
      String location = searcher.storedFields().document(hit.doc).get(ProviderFields.LOCATION);
      if (location == null) {
        return true;
      }
    }
    return false;
  }

  private static List<String> hits(ScoreDoc[] page) {
    List<String> hits = new ArrayList<>();
    for (ScoreDoc hit : page) {
      hits.add(hit.doc + "@" + hit.score);
    }
    return hits;
  }
}
