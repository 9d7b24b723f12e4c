package org.kapfinder.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.TextAnalyzers;
import org.kapfinder.index.schema.WireEnum;
import org.kapfinder.server.query.ArticleQueryBuilder;
import org.kapfinder.server.query.ArticleWords;
import org.kapfinder.server.query.CrisisDetector;
import org.kapfinder.server.query.EfficacyQuestion;
import org.kapfinder.server.query.FoldedText;
import org.kapfinder.server.query.Interpretation;
import org.kapfinder.server.query.NonMedicalUse;
import org.kapfinder.server.query.ProviderFilters;
import org.kapfinder.server.query.ProviderQueryBuilder;
import org.kapfinder.server.query.QueryInterpreter;
import org.kapfinder.server.query.QuestionForm;
import org.kapfinder.server.query.ResolvedPlace;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;
import org.kapfinder.server.query.SideEffectWords;

/**
 * Answers searches against the snapshot being served: interprets the text, resolves where the
 * searcher is, and runs the provider and article searches within a time budget. Thread-safe; each
 * search holds its snapshot from start to end, so it sees one generation only.
 */
public final class SearchService {

  static final double DEFAULT_PIVOT_MILES = 10;
  public static final long DEFAULT_TIME_BUDGET_MILLIS = 2_000;

  /** Fewer results than this, and "did you mean" looks for a better spelling. */
  static final int FEW_RESULTS = 3;

  private final SnapshotManager snapshots;
  private final long timeBudgetMillis;
  private final ProviderQueryBuilder providerQueries;
  private final ArticleQueryBuilder articleQueries;
  private final ProviderSearch providerSearch;
  private final ArticleSearch articleSearch = new ArticleSearch();
  private final SpellingSuggester spelling = new SpellingSuggester();

  public SearchService(SnapshotManager snapshots, double pivotMiles, long timeBudgetMillis) {
    this.snapshots = snapshots;
    this.timeBudgetMillis = timeBudgetMillis;
    this.providerQueries = new ProviderQueryBuilder(TextAnalyzers.forQueries(), pivotMiles);
    this.articleQueries = new ArticleQueryBuilder(TextAnalyzers.forQueries());
    this.providerSearch = new ProviderSearch(providerQueries);
  }

  public SearchService(SnapshotManager snapshots) {
    this(snapshots, DEFAULT_PIVOT_MILES, DEFAULT_TIME_BUDGET_MILLIS);
  }

  public SearchResponse search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    IndexSnapshot snapshot = snapshots.acquire();
    try {
      return search(snapshot, request, start);
    } finally {
      snapshots.release(snapshot);
    }
  }

  private SearchResponse search(IndexSnapshot snapshot, SearchRequest typed, long start)
      throws IOException {
    // Crisis words typed in the place box ("i want to die") are read as the search, so that they
    // are answered with help, not with "that place was not found".
    SearchRequest request =
        typed.near() != null && CrisisDetector.signalsDistressIn(typed.near())
            ? typed.withNearAsTheWords()
            : typed;
    PlaceIndexLookup places = new PlaceIndexLookup(snapshot);
    QueryInterpreter interpreter = new QueryInterpreter(places);
    Interpretation understood = interpreter.interpret(request.q(), request.lat(), request.lon());
    NoticeTexts texts = new NoticeTexts(understood.spanish());
    ResolvedPlace location = SearchLocation.of(request, understood, interpreter, places);
    SortOrder sort = sort(request, understood, location);
    ProviderFilters filters = filters(request, understood, sort);
    // Folded once for every recogniser of what the search signals.
    FoldedText folded = FoldedText.of(request.q());
    // Asked as a question articles answer: read once, for the providers listed and the echo.
    boolean question = QuestionForm.asks(request.q(), folded);
    List<String> notices =
        new ArrayList<>(SearchNotices.ofReading(folded, understood, location, filters, texts));
    if (location == null && SearchLocation.asksForOwnPlace(request) && !understood.nearMe()) {
      // "near me" typed in the place box, without the device's point.
      notices.add(texts.locationNeeded());
    }
    boolean nonMedicalUse = NonMedicalUse.askedIn(folded);
    // Not to one in an emergency, whom it could keep from calling 911.
    if (nonMedicalUse && !understood.overdose()) {
      notices.add(texts.prescriptionOnly());
    }
    QueryTimeoutImpl budget = new QueryTimeoutImpl(timeBudgetMillis);
    boolean timedOut = false;

    SearchResponse.Providers providers = new SearchResponse.Providers(0, List.of());
    Map<String, Map<String, Long>> facets = Map.of();
    Double radiusMiles = null;
    // The radius the search began at, when few providers within it widened it.
    Double widenedFromMiles = null;
    ProviderSearchPlan plan =
        new ProviderSearchPlan(
            understood.text(),
            filters,
            location,
            // An explicit radius wins over one in the words ("within 10 miles").
            request.radiusMiles() != null ? request.radiusMiles() : radiusInWords(understood),
            sort,
            request.page(),
            request.size(),
            request.explain(),
            SearchLocation.searcherInState(request, location, places));
    if (sort == SortOrder.DISTANCE && plan.measuredFrom() == null) {
      notices.add(texts.nearestNeedsAPlace());
    }
    if (request.radiusMiles() != null && location != null && location.isState()) {
      notices.add(texts.radiusNeedsAPlace(location.label()));
    }
    if (request.radiusMiles() == null && understood.radiusMiles() != null) {
      if (understood.radiusMiles() > SearchRequest.MAX_RADIUS_MILES) {
        notices.add(texts.radiusBeyondLimit(SearchRequest.MAX_RADIUS_MILES));
      } else if (understood.radiusMiles() < SearchRequest.MIN_RADIUS_MILES) {
        notices.add(texts.radiusBelowLimit(SearchRequest.MIN_RADIUS_MILES));
      }
    }
    ProvidersLeftOut leftOut =
        ProvidersLeftOut.of(understood, filters, location, nonMedicalUse, question, folded);
    if (request.type() != ResultType.ARTICLES && !leftOut.providers()) {
      IndexSearcher searcher = budgeted(snapshot.providers(), snapshot.segmentThreads(), budget);
      ProviderSearch.Result result =
          providerSearch.search(searcher, plan, snapshot.providerColumns());
      timedOut |= searcher.timedOut();
      radiusMiles = result.radiusMiles();
      if (result.widened()) {
        widenedFromMiles = ProviderSearch.ADAPTIVE_RADII_MILES[0];
        notices.add(texts.widened(widenedFromMiles, radiusMiles));
      }
      if (filters.maxPriceUsd() != null) {
        notices.add(texts.unpricedLeftOut());
      }
      providers = ProviderItems.page(searcher, result, plan, new ReasonTexts(understood.spanish()));
      notices.addAll(SearchNotices.ofProvidersShown(understood, filters, providers.items(), texts));
      if (providers.total() == 0 && filters.narrows() && !understood.crisis()) {
        notices.add(texts.noneMatchesAll(location));
      }
      // Not said to a search in crisis, which no listing mentions either: it is answered with
      // help, not with how to find a provider.
      if (!understood.distress().any()
          && !understood.ketamineMisuse()
          && providerSearch.wordsMatchNone(searcher, plan, result, snapshot.providerColumns())) {
        notices.add(
            texts.wordsMatchNone(understood.text(), providers.total(), plan.onlyWordsDecide()));
      }
      facets = result.facets();
    }

    SearchResponse.Articles articles = new SearchResponse.Articles(0, List.of());
    if (request.type() != ResultType.PROVIDERS) {
      IndexSearcher searcher = budgeted(snapshot.articles(), null, budget);
      // Asked as typed, or as corrected ("does ketamin work").
      boolean efficacy =
          EfficacyQuestion.askedIn(request.q()) || EfficacyQuestion.askedIn(understood.corrected());
      Set<String> topics = ArticleTopics.of(folded, understood, filters, nonMedicalUse, efficacy);
      String words =
          nonMedicalUse
              ? ""
              : ArticleWords.specificText(understood.articleText(), !topics.isEmpty());
      if (efficacy) {
        words = EfficacyQuestion.withoutItsVerb(words);
      }
      String articleText = String.join(" ", words, ArticleTopics.words(topics)).strip();
      // An overdose, or a question of one ("can you overdose on spravato"): what too much does.
      boolean risksFirst = understood.overdose() || SideEffectWords.overdoseNamedIn(folded);
      Set<String> helpAlone = new TreeSet<>();
      if (leftOut.allButHelp()) {
        if (understood.crisis()) {
          helpAlone.add(ArticleQueryBuilder.CRISIS_TAG);
        }
        if (risksFirst) {
          helpAlone.add(ArticleTopics.SIDE_EFFECTS);
        }
      }
      ArticleSearch.Result result =
          articles(
              searcher,
              articleText,
              request,
              understood,
              topics,
              risksFirst,
              helpAlone,
              location,
              plan.measuredFrom());
      timedOut |= searcher.timedOut();
      articles = new SearchResponse.Articles(result.total(), result.items());
    }
    String didYouMean = understood.corrected();
    // Not for a search in Spanish: the listings' and articles' words are English, and the nearest
    // of them to a Spanish word is no correction of it ("adolescente" is not "adolescents").
    if (didYouMean == null
        && !understood.crisis()
        && !understood.spanish()
        && providers.total() + articles.total() < FEW_RESULTS) {
      didYouMean =
          spelling.suggest(
              request.q(),
              snapshot.providers().getIndexReader(),
              snapshot.articles().getIndexReader());
    }
    if (timedOut) {
      notices.add(texts.timedOut());
    }
    SearchResponse.QueryEcho echo =
        new SearchResponse.QueryEcho(
            request.q(),
            understood.text(),
            location,
            interpreted(filters, understood),
            location == null || location.isState() ? null : radiusMiles,
            location == null || location.isState() ? null : widenedFromMiles,
            sort.wireName(),
            didYouMean,
            notices,
            timedOut,
            understood.spanish() ? "es" : "en",
            // Not when it asks for providers near the searcher: "is ketamine covered near me".
            question && !understood.nearMe());
    return new SearchResponse(
        CrisisHelp.of(understood),
        MisuseHelp.of(understood),
        echo,
        providers,
        articles,
        facets,
        (System.nanoTime() - start) / 1_000_000.0);
  }

  /** The radius the words ask for ("within 10 miles"), within the API's bounds, or null. */
  private static Double radiusInWords(Interpretation understood) {
    Double miles = understood.radiusMiles();
    return miles == null
        ? null
        : Math.max(SearchRequest.MIN_RADIUS_MILES, Math.min(SearchRequest.MAX_RADIUS_MILES, miles));
  }

  /**
   * The articles for the words; when none has them and the search has a place ("lgbtq friendly in
   * San Francisco"), the place's own articles.
   *
   * @param risksFirst whether the article on side effects and risks comes first (an overdose)
   * @param helpAlone the tags of the only articles to list, or none: any article may be listed
   * @param location the {@code near} parameter, else a place in the text, else the client's point
   * @param measuredFrom the point guides are near or far from ({@link
   *     ProviderSearchPlan#measuredFrom}), or null
   */
  private ArticleSearch.Result articles(
      IndexSearcher searcher,
      String articleText,
      SearchRequest request,
      Interpretation understood,
      Set<String> topics,
      boolean risksFirst,
      Set<String> helpAlone,
      ResolvedPlace location,
      ResolvedPlace measuredFrom)
      throws IOException {
    Query articlesQuery =
        articleQueries.query(
            articleText,
            union(request.conditions(), understood.conditions(), Condition.class),
            union(request.routes(), understood.routes(), Route.class),
            topics,
            measuredFrom == null ? null : measuredFrom.lat(),
            measuredFrom == null ? null : measuredFrom.lon(),
            location != null && !ResolvedPlace.SOURCE_CLIENT.equals(location.source()),
            location == null ? null : location.state(),
            location != null && location.isState());
    Query query =
        !helpAlone.isEmpty()
            ? ArticleQueryBuilder.onlyTagged(helpAlone)
            : understood.crisis()
                ? ArticleQueryBuilder.crisisFirst(articlesQuery)
                : risksFirst
                    ? ArticleQueryBuilder.taggedFirst(articlesQuery, ArticleTopics.SIDE_EFFECTS)
                    : ArticleWords.namesOnlyKetamine(understood.articleText())
                        ? ArticleQueryBuilder.ketamineFirst(articlesQuery)
                        : articlesQuery;
    ArticleSearch.Result result =
        articleSearch.search(
            searcher,
            query,
            articleQueries.bodyQuery(articleText),
            request.type() == ResultType.ARTICLES ? request.size() : Math.min(request.size(), 5),
            request.explain());
    if (result.total() == 0 && !articleText.isEmpty() && location != null) {
      // Words no article has ("lgbtq friendly in San Francisco"): the place's own articles.
      return articles(
          searcher, "", request, understood, topics, risksFirst, helpAlone, location, measuredFrom);
    }
    return result;
  }

  /**
   * The order asked for: the request's, or nearest first when the words ask for it ("closest
   * spravato") and the request asks for none but the default, around a point.
   */
  private static SortOrder sort(
      SearchRequest request, Interpretation understood, ResolvedPlace location) {
    boolean wordsAskNearest = understood.nearestFirst() && location != null && !location.isState();
    if (request.sort() != SortOrder.BEST) {
      return request.sort();
    }
    return understood.cheapestFirst()
        ? SortOrder.PRICE
        : wordsAskNearest ? SortOrder.DISTANCE : SortOrder.BEST;
  }

  /** Explicit parameters win over words in the text; see {@link ProviderFilters}. */
  static ProviderFilters filters(SearchRequest request, Interpretation understood, SortOrder sort) {
    return new ProviderFilters(
        request.routes().isEmpty() ? understood.routes() : request.routes(),
        request.conditions(),
        request.modes().isEmpty() ? understood.modes() : request.modes(),
        request.insurance() || understood.insurance(),
        request.maxPriceUsd() != null ? request.maxPriceUsd() : understood.maxPriceUsd(),
        request.psychotherapy() != null ? request.psychotherapy() : understood.psychotherapy(),
        request.languages().isEmpty() ? understood.languages() : request.languages(),
        understood.acceptingNewPatients(),
        request.conditions().isEmpty() ? understood.conditions() : Set.of(),
        understood.insurancePlans(),
        understood.lowPrice(),
        understood.slidingScale(),
        understood.clinicians(),
        sort != SortOrder.BEST);
  }

  private static SearchResponse.Interpreted interpreted(
      ProviderFilters filters, Interpretation understood) {
    Set<Condition> conditions = new LinkedHashSet<>(filters.conditions());
    conditions.addAll(filters.boostConditions());
    return new SearchResponse.Interpreted(
        names(filters.routes()),
        names(conditions),
        names(filters.modes()),
        filters.insurance(),
        filters.boostPlans(),
        filters.maxPriceUsd(),
        filters.psychotherapy(),
        filters.languages().stream().sorted().toList(),
        understood.nearMe(),
        filters.boostLowPrice(),
        filters.boostSlidingScale(),
        names(filters.boostClinicians()),
        filters.acceptingNewPatients());
  }

  /**
   * @param threads where segments are searched besides this thread; null for this thread alone
   */
  private static IndexSearcher budgeted(
      IndexSearcher shared, Executor threads, QueryTimeoutImpl budget) {
    // A searcher per request: the time budget is per request, the reader and threads are shared.
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader(), threads);
    searcher.setTimeout(budget);
    return searcher;
  }

  private static <E extends Enum<E>> Set<E> union(Set<E> a, Set<E> b, Class<E> type) {
    Set<E> all = EnumSet.noneOf(type);
    all.addAll(a);
    all.addAll(b);
    return all;
  }

  private static <E extends WireEnum> List<String> names(Set<E> values) {
    return values.stream().map(WireEnum::wireName).sorted().toList();
  }
}
