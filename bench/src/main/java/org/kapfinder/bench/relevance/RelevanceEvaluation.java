package org.kapfinder.bench.relevance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.kapfinder.index.geo.UsState;
import org.kapfinder.index.geo.ZipCode;

/**
 * Runs the whole relevance evaluation against an {@link EvaluationCorpus}: the judged queries (with
 * the telehealth audit of every answer), a telehealth sweep, place resolution and crisis detection,
 * and gathers the {@link RelevanceReport}.
 */
final class RelevanceEvaluation {

  /**
   * @param seed draws the cities, ZIP codes and sweep points
   * @param cities how many cities place resolution is measured on
   * @param zips how many ZIP codes place resolution is measured on
   * @param sweepPoints how many searcher points the telehealth sweep searches from
   * @param worst how many of the worst queries the report lists
   * @param explain keep score explanations of shown providers in the report
   */
  record Options(long seed, int cities, int zips, int sweepPoints, int worst, boolean explain) {

    static final long DEFAULT_SEED = 20261101L;

    /** The full run of the {@code relevance} command. */
    static Options full() {
      return new Options(DEFAULT_SEED, 200, 100, 100, 15, false);
    }
  }

  private RelevanceEvaluation() {}

  static RelevanceReport run(
      EvaluationCorpus corpus,
      List<JudgedQuery> queries,
      CrisisCheck.Phrasings crisisPhrasings,
      Options options,
      String corpusName,
      String today)
      throws IOException {
    TelehealthAudit audit =
        new TelehealthAudit(corpus.providers(), corpus.gazetteer().boundaries());
    QueryEvaluator evaluator =
        new QueryEvaluator(corpus.search(), corpus.providers(), audit, options.explain());
    List<QueryResult> results = new ArrayList<>();
    for (JudgedQuery query : queries) {
      results.add(evaluator.evaluate(query));
    }

    audit.sweep(
        corpus.search(),
        sweepPoints(corpus, options),
        corpus.gazetteer().states().values().stream().map(UsState::name).toList());

    List<PlaceAccuracy.Case> placeCases =
        PlaceAccuracy.cases(corpus.gazetteer(), options.seed(), options.cities(), options.zips());
    PlaceAccuracy.Result places =
        PlaceAccuracy.evaluate(
            placeCases, corpus.search(), corpus.places(), options.cities(), options.zips());

    CrisisCheck.Result crisis = CrisisCheck.evaluate(crisisPhrasings, corpus.search());
    TelehealthAudit.Result telehealth = audit.result();

    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put(RelevanceReport.PROVIDER_NDCG, round(mean(results, QueryResult::ndcg10)));
    metrics.put(RelevanceReport.PROVIDER_PRECISION, round(mean(results, QueryResult::precision5)));
    metrics.put(
        RelevanceReport.ARTICLE_SUCCESS, round(mean(results, QueryResult::articleSuccess3)));
    int snippets = results.stream().mapToInt(QueryResult::snippetsShown).sum();
    int poorSnippets = results.stream().mapToInt(QueryResult::snippetsPoor).sum();
    metrics.put(
        RelevanceReport.ARTICLE_SNIPPETS, round(1 - poorSnippets / (double) Math.max(1, snippets)));
    metrics.put(RelevanceReport.PLACE_ACCURACY, round(places.overall().accuracy()));
    metrics.put(
        RelevanceReport.PLACE_ACCURACY_CITIES, round(places.bySource().get("city").accuracy()));
    metrics.put(
        RelevanceReport.PLACE_ACCURACY_ZIPS, round(places.bySource().get("zip").accuracy()));
    metrics.put(RelevanceReport.TELEHEALTH_ERRORS, (double) telehealth.errors());
    metrics.put(RelevanceReport.CRISIS_RECALL, round(crisis.recall()));
    metrics.put(RelevanceReport.CRISIS_SPECIFICITY, round(crisis.specificity()));

    RelevanceReport.Setup setup =
        new RelevanceReport.Setup(
            corpusName,
            corpus.providers().size(),
            corpus.articleIds().size(),
            today,
            options.seed(),
            results.size(),
            (int) results.stream().filter(r -> r.ndcg10() != null).count(),
            (int) results.stream().filter(r -> r.articleSuccess3() != null).count(),
            options.cities(),
            options.zips(),
            placeCases.size(),
            options.sweepPoints());
    return new RelevanceReport(
        setup,
        metrics,
        byCategory(results),
        worstProviders(results, options.worst()),
        failedArticles(results),
        places,
        telehealth,
        crisis,
        results);
  }

  private static List<Center> sweepPoints(EvaluationCorpus corpus, Options options) {
    List<ZipCode> zips = new ArrayList<>(corpus.gazetteer().zips().values());
    Collections.shuffle(zips, new Random(options.seed() + 2));
    return zips.subList(0, Math.min(options.sweepPoints(), zips.size())).stream()
        .map(zip -> new Center("ZIP " + zip.zip(), zip.lat(), zip.lon(), zip.state(), false))
        .toList();
  }

  private static Map<String, RelevanceReport.CategoryFigures> byCategory(
      List<QueryResult> results) {
    Map<String, List<QueryResult>> groups = new TreeMap<>();
    for (QueryResult result : results) {
      for (String category : result.categories()) {
        groups.computeIfAbsent(category, k -> new ArrayList<>()).add(result);
      }
    }
    Map<String, RelevanceReport.CategoryFigures> figures = new LinkedHashMap<>();
    groups.forEach(
        (category, group) ->
            figures.put(
                category,
                new RelevanceReport.CategoryFigures(
                    group.size(),
                    (int) group.stream().filter(r -> r.ndcg10() != null).count(),
                    nullIfNaN(round(mean(group, QueryResult::ndcg10))),
                    nullIfNaN(round(mean(group, QueryResult::precision5))),
                    (int) group.stream().filter(r -> r.articleSuccess3() != null).count(),
                    nullIfNaN(round(mean(group, QueryResult::articleSuccess3))))));
    return figures;
  }

  private static List<RelevanceReport.Worst> worstProviders(List<QueryResult> results, int count) {
    return results.stream()
        .filter(r -> r.ndcg10() != null)
        .sorted(
            Comparator.comparingDouble(QueryResult::ndcg10)
                .thenComparingDouble(QueryResult::precision5)
                .thenComparing(QueryResult::id))
        .limit(count)
        .map(r -> worst(r, providerWhy(r)))
        .toList();
  }

  private static List<RelevanceReport.Worst> failedArticles(List<QueryResult> results) {
    return results.stream()
        .filter(r -> r.articleSuccess3() != null && r.articleSuccess3() < 1)
        .map(
            r ->
                worst(
                    r,
                    "top 3 "
                        + r.shownArticles().subList(0, Math.min(3, r.shownArticles().size()))
                        + ", acceptable "
                        + r.acceptableArticles()
                        + "; read as"
                        + understanding(r.understood())))
        .toList();
  }

  private static RelevanceReport.Worst worst(QueryResult r, String why) {
    return new RelevanceReport.Worst(
        r.id(), r.q(), r.ndcg10(), r.precision5(), r.articleSuccess3(), why);
  }

  /** A one-line account: how the query was read, and grades shown against the ideal. */
  static String providerWhy(QueryResult r) {
    return "wanted near "
        + r.target()
        + ", read as"
        + understanding(r.understood())
        + "; found "
        + r.understood().providersFound()
        + "; grades "
        + r.shownGrades()
        + " vs ideal "
        + r.idealGrades()
        + " of "
        + r.relevantProviders()
        + " relevant";
  }

  /** How the search read a query, in a few words: " place=Austin, TX (25 mi) routes=[iv] ...". */
  static String understanding(QueryResult.Understood u) {
    StringBuilder why = new StringBuilder();
    why.append(" place=").append(u.location() == null ? "none" : u.location());
    if (u.radiusMiles() != null) {
      why.append(String.format(Locale.ROOT, " (%.0f mi)", u.radiusMiles()));
    }
    appendList(why, "routes", u.routes());
    appendList(why, "conditions", u.conditions());
    appendList(why, "modes", u.modes());
    if (u.insurance()) {
      why.append(" insurance").append(u.insurancePlans().isEmpty() ? "" : u.insurancePlans());
    }
    if (u.maxPrice() != null) {
      why.append(String.format(Locale.ROOT, " max$%.0f", u.maxPrice()));
    }
    if (u.psychotherapy() != null) {
      why.append(" psychotherapy=").append(u.psychotherapy());
    }
    if (u.lowPrice()) {
      why.append(" lowPrice");
    }
    if (u.slidingScale()) {
      why.append(" slidingScale");
    }
    if (u.nearMe()) {
      why.append(" nearMe");
    }
    if (u.text() != null && !u.text().isBlank()) {
      why.append(" text='").append(u.text()).append('\'');
    }
    return why.toString();
  }

  private static void appendList(StringBuilder why, String name, List<String> values) {
    if (values != null && !values.isEmpty()) {
      why.append(' ').append(name).append('=').append(values);
    }
  }

  private static double mean(List<QueryResult> results, Function<QueryResult, Double> figure) {
    return Metrics.mean(
        results.stream()
            .map(figure)
            .filter(v -> v != null)
            .mapToDouble(Double::doubleValue)
            .toArray());
  }

  /** Four decimals: enough to see a change, few enough to read and diff. */
  static double round(double value) {
    return Double.isNaN(value) ? value : Math.round(value * 10_000) / 10_000.0;
  }

  private static Double nullIfNaN(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
