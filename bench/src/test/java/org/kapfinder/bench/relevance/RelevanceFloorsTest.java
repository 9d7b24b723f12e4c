package org.kapfinder.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.TestCorpora;

/**
 * The fast subset of the relevance evaluation, run by {@code ./mvnw verify}: every judged query,
 * every crisis phrasing, place resolution on 50 cities and 25 ZIPs, and a telehealth sweep from 10
 * points, on the bundled corpus. Fails when a figure is past its floor in {@code
 * relevance/floors.json}. The whole run is {@code java -jar bench/target/kapfinder-bench.jar
 * relevance}.
 */
class RelevanceFloorsTest {

  /** Smaller place and sweep samples than the full run; the same judged queries and phrasings. */
  static final RelevanceEvaluation.Options QUICK =
      new RelevanceEvaluation.Options(
          RelevanceEvaluation.Options.DEFAULT_SEED, 50, 25, 10, 10, false);

  @Test
  void noFigureIsPastItsFloor() throws IOException {
    Floors floors = Floors.parse(RelevanceResources.read(RelevanceResources.FLOORS, null));
    RelevanceReport report;
    try (EvaluationCorpus corpus =
        EvaluationCorpus.open(TestCorpora.BUNDLED, EvaluationCorpus.DEFAULT_TODAY)) {
      List<JudgedQuery> queries =
          new QuerySetReader(corpus.gazetteer(), corpus.articleIds())
              .read(RelevanceResources.read(RelevanceResources.QUERIES, null), "queries.json");
      CrisisCheck.Phrasings crisis =
          CrisisCheck.Phrasings.parse(RelevanceResources.read(RelevanceResources.CRISIS, null));
      report =
          RelevanceEvaluation.run(
              corpus, queries, crisis, QUICK, "corpus", EvaluationCorpus.DEFAULT_TODAY.toString());
    }
    StringWriter text = new StringWriter();
    ReportText.print(report, floors, new PrintWriter(text));
    assertThat(floors.violations(report.metrics())).as(text.toString()).isEmpty();
  }
}
