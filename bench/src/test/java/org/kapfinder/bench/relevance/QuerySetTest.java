package org.kapfinder.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.corpus.Provider;

/** The committed judged query set: it reads, it is broad, and every judgment can be earned. */
class QuerySetTest {

  private static List<JudgedQuery> queries;
  private static Collection<Provider> providers;

  @BeforeAll
  static void read() throws IOException {
    Set<String> articles = EvaluationCorpus.articleIds(BundledCorpus.dir().resolve("articles"));
    queries =
        new QuerySetReader(BundledCorpus.gazetteer(), articles)
            .read(RelevanceResources.read(RelevanceResources.QUERIES, null), "queries.json");
    providers =
        EvaluationCorpus.readProviders(
                BundledCorpus.dir().resolve("providers"),
                BundledCorpus.gazetteer(),
                EvaluationCorpus.DEFAULT_TODAY)
            .values();
  }

  @Test
  void holdsAtLeastEightyQueriesInEveryCategory() {
    assertThat(queries).hasSizeGreaterThanOrEqualTo(80);
    Set<String> used = new HashSet<>();
    queries.forEach(query -> used.addAll(query.categories()));
    assertThat(used).containsExactlyInAnyOrderElementsOf(QuerySetReader.CATEGORIES);
  }

  @Test
  void judgesProvidersForMostQueriesAndArticlesForTheQuestions() {
    assertThat(queries.stream().filter(q -> q.providers() != null)).hasSizeGreaterThan(80);
    assertThat(queries.stream().filter(q -> q.categories().contains("informational")))
        .allMatch(q -> q.articles() != null);
  }

  @Test
  void everyProviderJudgmentCanBeEarnedOnTheBundledCorpus() {
    for (JudgedQuery query : queries) {
      if (query.providers() != null) {
        assertThat(ProviderJudge.idealGrades(providers, query.providers(), query.target()))
            .as("relevant providers for %s", query.id())
            .isNotEmpty();
      }
    }
  }

  @Test
  void theSpecExampleIsJudgedAsWritten() {
    JudgedQuery example =
        queries.stream()
            .filter(q -> q.id().equals("city-austin-iv-ptsd"))
            .findFirst()
            .orElseThrow();
    assertThat(example.q()).isEqualTo("IV ketamine for PTSD in Austin");
    assertThat(example.target().label()).isEqualTo("Austin, TX");
    assertThat(example.providers().bands()).isEqualTo(ProviderRule.DEFAULT_BANDS);
  }

  @Test
  void anUnknownFieldNamesTheQuery() {
    assertThatThrownBy(
            () -> read("{\"id\": \"a\", \"q\": \"x\", \"categories\": [\"city\"], \"plac\": {}}"))
        .hasMessageContaining("query 'a'")
        .hasMessageContaining("unknown field 'plac'");
  }

  @Test
  void anUnknownArticleIsAnError() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"id\": \"a\", \"q\": \"x\", \"categories\": [\"informational\"],"
                        + " \"articles\": [\"no-such-article\"]}"))
        .hasMessageContaining("no article 'no-such-article'");
  }

  @Test
  void anUnknownZipIsAnError() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"id\": \"a\", \"q\": \"x\", \"categories\": [\"zip\"],"
                        + " \"place\": {\"zip\": \"00000\"}, \"providers\": {}}"))
        .hasMessageContaining("unknown ZIP 00000");
  }

  @Test
  void providersNeedAPlaceToBeJudgedFrom() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"id\": \"a\", \"q\": \"x\", \"categories\": [\"city\"], \"providers\": {}}"))
        .hasMessageContaining("needs a searcher or a place");
  }

  @Test
  void anUnknownRouteListsTheAllowedOnes() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"id\": \"a\", \"q\": \"x\", \"categories\": [\"route\"],"
                        + " \"searcher\": {\"zip\": \"78704\"},"
                        + " \"providers\": {\"need\": {\"routes\": [\"drip\"]}}}"))
        .hasMessageContaining("unknown 'drip'")
        .hasMessageContaining("iv, im");
  }

  private static List<JudgedQuery> read(String query) {
    return new QuerySetReader(BundledCorpus.gazetteer(), Set.of("ketamine-for-ptsd"))
        .read("{\"queries\": [" + query + "]}", "test.json");
  }
}
