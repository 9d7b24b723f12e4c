package org.kapfinder.bench.relevance;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link RelevanceReport} for people: the figures first, then what to work on. */
final class ReportText {

  /** At most this many place failures and telehealth errors are printed; the JSON has all. */
  static final int MAX_LISTED = 25;

  private ReportText() {}

  static void print(RelevanceReport report, Floors floors, PrintWriter out) {
    RelevanceReport.Setup setup = report.setup();
    out.printf(
        Locale.ROOT,
        "Relevance of %s (%d providers, %d articles, as of %s, seed %d)%n%n",
        setup.corpus(),
        setup.providers(),
        setup.articles(),
        setup.today(),
        setup.seed());
    out.printf(Locale.ROOT, "%-24s %9s %9s%n", "figure", "value", "floor");
    for (Map.Entry<String, Double> metric : report.metrics().entrySet()) {
      Double floor = floors == null ? null : floors.min().get(metric.getKey());
      Double limit = floors == null ? null : floors.max().get(metric.getKey());
      String bound =
          floor != null
              ? String.format(Locale.ROOT, ">= %.4f", floor)
              : limit != null ? String.format(Locale.ROOT, "<= %.0f", limit) : "";
      String value =
          limit != null
              ? String.format(Locale.ROOT, "%.0f", metric.getValue())
              : number(metric.getValue());
      out.printf(Locale.ROOT, "%-24s %9s %9s%n", metric.getKey(), value, bound);
    }
    out.printf(
        Locale.ROOT,
        "%n%d judged queries (%d with providers judged, %d with articles judged); %d place"
            + " phrases from %d cities and %d ZIPs; telehealth checked on %d searches, %d"
            + " providers shown%n%n",
        setup.judgedQueries(),
        setup.providerQueries(),
        setup.articleQueries(),
        setup.placePhrases(),
        setup.cities(),
        setup.zips(),
        report.telehealth().searches(),
        report.telehealth().itemsChecked());

    out.printf(
        Locale.ROOT,
        "%-14s %7s %9s %9s %10s %11s%n",
        "category",
        "queries",
        "NDCG@10",
        "P@5",
        "articles",
        "success@3");
    report
        .byCategory()
        .forEach(
            (category, f) ->
                out.printf(
                    Locale.ROOT,
                    "%-14s %7d %9s %9s %10d %11s%n",
                    category,
                    f.queries(),
                    number(f.ndcg10()),
                    number(f.precision5()),
                    f.articleQueries(),
                    number(f.articleSuccess3())));

    out.printf(Locale.ROOT, "%nWorst provider rankings (NDCG@10, P@5):%n");
    for (RelevanceReport.Worst worst : report.worstProviderQueries()) {
      out.printf(
          Locale.ROOT,
          "  %s %s  %-40s %s%n",
          number(worst.ndcg10()),
          number(worst.precision5()),
          quoted(worst.q()),
          worst.why());
    }
    out.printf(Locale.ROOT, "%nArticle questions without an acceptable answer in the top 3:%n");
    for (RelevanceReport.Worst worst : report.failedArticleQueries()) {
      out.printf(Locale.ROOT, "  %-40s %s%n", quoted(worst.q()), worst.why());
    }

    PlaceAccuracy.Result places = report.places();
    out.printf(
        Locale.ROOT,
        "%nPlace resolution: %d of %d phrases within %.0f km (%s)%n",
        places.overall().correct(),
        places.overall().cases(),
        PlaceAccuracy.TOLERANCE_KM,
        number(places.overall().accuracy()));
    places
        .byPhrasing()
        .forEach(
            (phrasing, t) ->
                out.printf(
                    Locale.ROOT,
                    "  %-52s %4d/%-4d %s%n",
                    phrasing,
                    t.correct(),
                    t.cases(),
                    number(t.accuracy())));
    list(
        out,
        "Places resolved wrongly",
        places.failures().stream()
            .map(
                f ->
                    String.format(
                        Locale.ROOT,
                        "%-48s want %s, got %s%s",
                        quoted(f.phrase()),
                        f.expected(),
                        f.got() == null ? "nothing" : f.got(),
                        f.km() == null ? "" : String.format(Locale.ROOT, " (%.0f km off)", f.km())))
            .toList());

    list(
        out,
        "Telehealth eligibility errors: " + report.telehealth().errors(),
        report.telehealth().violations().stream()
            .map(
                v ->
                    quoted(v.query())
                        + " at "
                        + v.location()
                        + ": "
                        + v.providerId()
                        + " "
                        + v.problem())
            .toList());

    CrisisCheck.Result crisis = report.crisis();
    out.printf(
        Locale.ROOT,
        "%nCrisis: %d of %d crisis phrasings caught; %d of %d ordinary searches not flagged%n",
        crisis.caught(),
        crisis.crisisPhrasings(),
        crisis.notFlagged(),
        crisis.ordinaryQueries());
    crisis.missed().forEach(q -> out.printf(Locale.ROOT, "  missed:  %s%n", quoted(q)));
    crisis.falselyFlagged().forEach(q -> out.printf(Locale.ROOT, "  flagged: %s%n", quoted(q)));
    out.flush();
  }

  private static void list(PrintWriter out, String title, List<String> lines) {
    out.printf(Locale.ROOT, "%n%s%s%n", title, lines.isEmpty() ? "" : ":");
    lines.stream().limit(MAX_LISTED).forEach(line -> out.printf(Locale.ROOT, "  %s%n", line));
    if (lines.size() > MAX_LISTED) {
      out.printf(Locale.ROOT, "  ... and %d more in the JSON report%n", lines.size() - MAX_LISTED);
    }
  }

  private static String quoted(String text) {
    return '"' + text + '"';
  }

  static String number(Double value) {
    if (value == null || value.isNaN()) {
      return "-";
    }
    return value == Math.rint(value) && Math.abs(value) >= 2
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.3f", value);
  }
}
