package org.kapfinder.bench.relevance;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code relevance}: builds the corpus's index in a temporary folder, runs the judged queries,
 * place resolution, the telehealth audit and crisis detection, prints the figures and writes them
 * as JSON.
 */
@Command(
    name = "relevance",
    mixinStandardHelpOptions = true,
    description = {
      "Measures search quality on a corpus: NDCG@10 and precision@5 of providers and success@3 of"
          + " articles on the judged query set, place resolution accuracy, telehealth eligibility"
          + " errors and crisis detection.",
      "Prints the figures (overall, per query category, the worst queries) and writes them all to"
          + " --out."
    })
public final class RelevanceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      defaultValue = "corpus",
      description = "Corpus folder (providers/, articles/, gazetteer/). Default: ${DEFAULT-VALUE}.")
  Path corpus;

  @Option(
      names = "--out",
      defaultValue = "bench/results/relevance.json",
      description = "Where to write the JSON report. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--queries",
      description = "A judged query set to use instead of the bundled relevance/queries.json.")
  Path queries;

  @Option(
      names = "--crisis",
      description = "Crisis phrasings to use instead of the bundled relevance/crisis.json.")
  Path crisis;

  @Option(
      names = "--floors",
      description = "Floors to compare with instead of the bundled relevance/floors.json.")
  Path floors;

  @Option(names = "--check", description = "Exit with status 1 when a figure is past its floor.")
  boolean check;

  @Option(
      names = "--today",
      description =
          "The date the index is built as of (freshness, and the latest valid verification date)."
              + " Default: ${DEFAULT-VALUE}.")
  LocalDate today = EvaluationCorpus.DEFAULT_TODAY;

  @Option(
      names = "--seed",
      description = "Seed of the cities, ZIPs and sweep points drawn. Default: ${DEFAULT-VALUE}.")
  long seed = RelevanceEvaluation.Options.DEFAULT_SEED;

  @Option(
      names = "--cities",
      description = "Cities for place resolution. Default: ${DEFAULT-VALUE}.")
  int cities = RelevanceEvaluation.Options.full().cities();

  @Option(
      names = "--zips",
      description = "ZIP codes for place resolution. Default: ${DEFAULT-VALUE}.")
  int zips = RelevanceEvaluation.Options.full().zips();

  @Option(
      names = "--sweep-points",
      description = "Searcher points of the telehealth sweep. Default: ${DEFAULT-VALUE}.")
  int sweepPoints = RelevanceEvaluation.Options.full().sweepPoints();

  @Option(
      names = "--worst",
      description = "How many worst queries to list. Default: ${DEFAULT-VALUE}.")
  int worst = RelevanceEvaluation.Options.full().worst();

  @Option(
      names = "--explain",
      description = "Keep each shown provider's score explanation in the JSON report.")
  boolean explain;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    RelevanceEvaluation.Options options =
        new RelevanceEvaluation.Options(seed, cities, zips, sweepPoints, worst, explain);
    Floors bounds = Floors.parse(RelevanceResources.read(RelevanceResources.FLOORS, floors));
    long start = System.nanoTime();
    RelevanceReport report;
    long buildMillis;
    try (EvaluationCorpus evaluation = EvaluationCorpus.open(corpus, today)) {
      buildMillis = evaluation.buildMillis();
      List<JudgedQuery> judged =
          new QuerySetReader(evaluation.gazetteer(), evaluation.articleIds())
              .read(RelevanceResources.read(RelevanceResources.QUERIES, queries), name(queries));
      CrisisCheck.Phrasings phrasings =
          CrisisCheck.Phrasings.parse(RelevanceResources.read(RelevanceResources.CRISIS, crisis));
      report =
          RelevanceEvaluation.run(
              evaluation, judged, phrasings, options, corpus.toString(), today.toString());
    }
    ReportText.print(report, bounds, console);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, gson().toJson(report) + "\n", StandardCharsets.UTF_8);
    console.printf(
        Locale.ROOT,
        "%nWrote %s (index built in %.1f s, everything in %.1f s)%n",
        out,
        buildMillis / 1000.0,
        (System.nanoTime() - start) / 1e9);
    List<String> violations = bounds.violations(report.metrics());
    if (!violations.isEmpty()) {
      console.printf(Locale.ROOT, "%nPast their floors:%n");
      violations.forEach(v -> console.printf(Locale.ROOT, "  %s%n", v));
    }
    console.flush();
    return check && !violations.isEmpty() ? 1 : 0;
  }

  private static String name(Path override) {
    return override == null ? "relevance/" + RelevanceResources.QUERIES : override.toString();
  }

  static Gson gson() {
    return new GsonBuilder()
        .setPrettyPrinting()
        .disableHtmlEscaping()
        .serializeSpecialFloatingPointValues()
        .create();
  }
}
