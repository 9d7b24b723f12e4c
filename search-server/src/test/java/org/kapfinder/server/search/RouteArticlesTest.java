package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kapfinder.index.schema.Route;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;

/**
 * On the bundled corpus: a route asked for by the {@code route} parameter, with or without words,
 * is answered first by the article about that route, among the many that mention it.
 */
class RouteArticlesTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @ParameterizedTest
  @CsvSource({
    "iv, ketamine, iv-ketamine-infusions",
    "iv, '', iv-ketamine-infusions",
    "im, '', im-ketamine-injections",
    "intranasal, ketamine, intranasal-ketamine",
    "sublingual, '', oral-and-sublingual-ketamine",
    "spravato, '', spravato-esketamine"
  })
  void theRoutesOwnArticleComesFirst(String route, String q, String article) throws Exception {
    SearchRequest request =
        new SearchRequest(
            q,
            null,
            null,
            null,
            null,
            ResultType.ALL,
            Set.of(Route.valueOf(route.toUpperCase(Locale.ROOT))),
            Set.of(),
            Set.of(),
            false,
            null,
            null,
            Set.of(),
            SortOrder.BEST,
            1,
            10,
            false);
    assertThat(SAMPLE.searchService().search(request).articles().items())
        .first()
        .satisfies(first -> assertThat(first.id()).isEqualTo(article));
  }
}
