package org.kapfinder.bench.relevance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.search.ArticleItem;
import org.kapfinder.server.search.ProviderItem;
import org.kapfinder.server.search.SearchResponse;
import org.kapfinder.server.search.SearchService;

/**
 * Runs each judged query as the search page would (free text, the searcher's point, the first page
 * of 10 providers and the articles beside them) and scores the answer: NDCG@10 and precision@5 for
 * providers, success@3 for articles. Every answer also goes through the {@link TelehealthAudit}.
 */
final class QueryEvaluator {

  static final int PAGE_SIZE = 10;
  static final int NDCG_AT = 10;
  static final int PRECISION_AT = 5;
  static final int SUCCESS_AT = 3;

  private final SearchService search;
  private final Map<String, Provider> providers;
  private final TelehealthAudit audit;
  private final boolean explain;

  /**
   * @param explain keep each shown provider's score explanation in the result (large)
   */
  QueryEvaluator(
      SearchService search,
      Map<String, Provider> providers,
      TelehealthAudit audit,
      boolean explain) {
    this.search = search;
    this.providers = providers;
    this.audit = audit;
    this.explain = explain;
  }

  QueryResult evaluate(JudgedQuery query) throws IOException {
    SearchResponse response =
        search.search(
            Searches.text(query.q(), query.searcher(), ResultType.ALL, PAGE_SIZE, explain));
    audit.check(query.q(), response);

    List<ProviderItem> items = response.providers().items();
    Double ndcg = null;
    Double precision = null;
    Integer relevant = null;
    List<Integer> ideal = null;
    List<Integer> shownGrades = null;
    List<QueryResult.Shown> shown = new ArrayList<>();
    int[] grades = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      ProviderItem item = items.get(i);
      Provider provider = providers.get(item.id());
      grades[i] =
          query.providers() == null || provider == null
              ? 0
              : ProviderJudge.grade(provider, query.providers(), query.target());
      shown.add(
          new QueryResult.Shown(
              i + 1,
              item.id(),
              item.name(),
              grades[i],
              item.distanceMiles(),
              item.reasons(),
              item.score(),
              item.explanation()));
    }
    if (query.providers() != null) {
      int[] idealGrades =
          ProviderJudge.idealGrades(providers.values(), query.providers(), query.target());
      relevant = idealGrades.length;
      ndcg = nullIfNaN(Metrics.ndcg(grades, idealGrades, NDCG_AT));
      precision = nullIfNaN(Metrics.precision(grades, idealGrades.length, PRECISION_AT));
      ideal = boxed(Arrays.copyOf(idealGrades, Math.min(NDCG_AT, idealGrades.length)));
      shownGrades = boxed(grades);
    }

    List<String> articleIds = response.articles().items().stream().map(ArticleItem::id).toList();
    Double success =
        query.articles() == null
            ? null
            : nullIfNaN(Metrics.success(articleIds, query.articles(), SUCCESS_AT));

    List<ArticleItem> firstArticles =
        response.articles().items().subList(0, Math.min(SUCCESS_AT, articleIds.size()));
    int poorSnippets =
        (int)
            firstArticles.stream()
                .filter(article -> SnippetCheck.defect(article.snippet()) != null)
                .count();

    return new QueryResult(
        query.id(),
        query.q(),
        query.categories(),
        query.searcher() == null ? null : query.searcher().label(),
        query.target() == null ? null : query.target().label(),
        ndcg,
        precision,
        relevant,
        ideal,
        shownGrades,
        success,
        articleIds,
        query.articles(),
        firstArticles.size(),
        poorSnippets,
        understood(response),
        query.providers() == null ? List.of() : shown,
        query.note());
  }

  static QueryResult.Understood understood(SearchResponse response) {
    SearchResponse.QueryEcho echo = response.query();
    ResolvedPlace location = echo.location();
    SearchResponse.Interpreted interpreted = echo.interpreted();
    return new QueryResult.Understood(
        location == null ? null : location.label(),
        location == null ? null : location.kind(),
        location == null ? null : location.state(),
        echo.radiusMiles(),
        echo.text(),
        interpreted.routes(),
        interpreted.conditions(),
        interpreted.modes(),
        interpreted.insurance(),
        interpreted.insurancePlans(),
        interpreted.maxPrice(),
        interpreted.psychotherapy(),
        interpreted.lowPrice(),
        interpreted.slidingScale(),
        interpreted.nearMe(),
        echo.didYouMean(),
        response.providers().total());
  }

  private static Double nullIfNaN(double value) {
    return Double.isNaN(value) ? null : value;
  }

  private static List<Integer> boxed(int[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
