package org.kapfinder.bench.perf;

import java.util.List;
import java.util.Locale;
import org.kapfinder.bench.perf.ReportCommand.Results;
import org.kapfinder.bench.perf.ReportCommand.Summary;

/** The Markdown tables of a benchmark run: queries, HTTP, build and resources, goals. */
final class ResultTables {

  /** The HTTP ceiling checks besides the query shapes. */
  static final String TRIVIAL = "trivial";

  static final String HEALTHZ = "healthz";

  private final Results results;
  private final StringBuilder out = new StringBuilder();

  ResultTables(Results results) {
    this.results = results;
  }

  String markdown() {
    for (long n : results.sizes()) {
      size(n);
    }
    List<Long> sizes = results.sizes();
    if (!sizes.isEmpty()) {
      goals(sizes.get(sizes.size() - 1));
    }
    return out.toString();
  }

  private void size(long n) {
    out.append(String.format(Locale.ROOT, "### %,d providers%n%n", n));
    out.append(
        "Queries one at a time: KAP Finder in process (a search's segments in parallel, its CPU"
            + " time that of every thread it ran on), PostGIS through pgbench with one client."
            + " Milliseconds; median over the repetitions of each run's p50 and p99.\n\n");
    out.append(
        "| query shape | KAP Finder p50 | p99 | ops/s | CPU ms/op | PostGIS p50 | p99 | ops/s |"
            + " PostGIS ÷ KAP Finder, p50 | p99 |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Shape shape : Shape.values()) {
      Summary kap = results.find(n, Measurement.KAPFINDER, shape.wireName(), 1);
      Summary pg = results.find(n, Measurement.POSTGIS, shape.wireName(), 1);
      out.append("| ")
          .append(shape.wireName())
          .append(": ")
          .append(shape.description())
          .append(" | ")
          .append(cells(kap))
          .append(" | ")
          .append(kap == null ? "–" : millis(kap.cpuMeanMs()))
          .append(" | ")
          .append(cells(pg))
          .append(" | ")
          .append(ratio(pg == null ? null : pg.p50Ms(), kap == null ? null : kap.p50Ms()))
          .append(" | ")
          .append(ratio(pg == null ? null : pg.p99Ms(), kap == null ? null : kap.p99Ms()))
          .append(" |\n");
    }
    out.append('\n');

    out.append(
        "Over the loopback: wrk (HTTP/1.1, keep-alive, closed loop) against KAP Finder's server and"
            + " a trivial Undertow handler; pgbench against PostgreSQL. Fixed concurrency. Server"
            + " CPU: the server process's CPU time (every thread) over the run with 2 clients,"
            + " per request.\n\n");
    out.append(
        "| target | 1 client p50 | p99 | req/s | 2 clients p50 | p99 | req/s |"
            + " req/s ÷ trivial, 2 clients | server CPU ms/req, 2 clients |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    Summary trivial2 = results.find(n, Measurement.TRIVIAL_HTTP, TRIVIAL, 2);
    httpRow(n, "trivial Undertow handler", Measurement.TRIVIAL_HTTP, TRIVIAL, trivial2);
    httpRow(n, "KAP Finder `/healthz`", Measurement.KAPFINDER_HTTP, HEALTHZ, trivial2);
    for (Shape shape : Shape.values()) {
      httpRow(
          n,
          "KAP Finder " + shape.wireName(),
          Measurement.KAPFINDER_HTTP,
          shape.wireName(),
          trivial2);
    }
    for (Shape shape : Shape.values()) {
      httpRow(n, "PostGIS " + shape.wireName(), Measurement.POSTGIS, shape.wireName(), trivial2);
    }
    out.append('\n');

    out.append("| build and resources | KAP Finder | PostGIS |\n| --- | ---: | ---: |\n");
    out.append("| index build (s) | ")
        .append(seconds(fact(n, "kapfinder.build.seconds")))
        .append(" | ")
        .append(seconds(fact(n, "postgis.build.seconds")))
        .append(" (load ")
        .append(seconds(fact(n, "postgis.load.seconds")))
        .append(" + indexes ")
        .append(seconds(fact(n, "postgis.index.seconds")))
        .append(") |\n");
    out.append("| size on disk (MB) | ")
        .append(megabytes(fact(n, "kapfinder.index.bytes")))
        .append(" | ")
        .append(megabytes(fact(n, "postgis.total.bytes")))
        .append(" |\n");
    out.append("| server heap after GC (MB) | ")
        .append(megabytes(fact(n, "server.heapAfterGc.bytes")))
        .append(" | ")
        .append(text(fact(n, "postgis.sharedBuffers")))
        .append(" shared buffers |\n");
    out.append("| server RSS (MB) | ")
        .append(megabytes(fact(n, "server.rss.bytes")))
        .append(" | ")
        .append(megabytes(fact(n, "postgis.rss.bytes")))
        .append(" |\n");
    out.append("| start to first answer (s) | ")
        .append(seconds(fact(n, "server.firstAnswer.seconds")))
        .append(" | ")
        .append(seconds(fact(n, "postgis.firstAnswer.seconds")))
        .append(" |\n\n");
  }

  private void httpRow(long n, String label, String system, String shape, Summary trivial2) {
    Summary one = results.find(n, system, shape, 1);
    Summary two = results.find(n, system, shape, 2);
    if (one == null && two == null) {
      return;
    }
    out.append("| ")
        .append(label)
        .append(" | ")
        .append(cells(one))
        .append(" | ")
        .append(cells(two))
        .append(" | ")
        .append(
            two == null || trivial2 == null
                ? "–"
                : String.format(Locale.ROOT, "%.3f", two.opsPerSec() / trivial2.opsPerSec()))
        .append(" | ")
        .append(two == null || two.cpuMeanMs() <= 0 ? "–" : millis(two.cpuMeanMs()))
        .append(" |\n");
  }

  private void goals(long n) {
    out.append(String.format(Locale.ROOT, "### Goals at %,d providers%n%n", n));
    out.append("| goal | measured | met |\n| --- | --- | --- |\n");
    boolean allAhead = true;
    StringBuilder ahead = new StringBuilder();
    for (Shape shape : Shape.values()) {
      Summary kap = results.find(n, Measurement.KAPFINDER, shape.wireName(), 1);
      Summary pg = results.find(n, Measurement.POSTGIS, shape.wireName(), 1);
      if (kap == null || pg == null) {
        allAhead = false;
        continue;
      }
      allAhead &= kap.p50Ms() < pg.p50Ms() && kap.p99Ms() < pg.p99Ms();
      ahead
          .append(ahead.length() == 0 ? "" : ", ")
          .append(shape.wireName())
          .append(' ')
          .append(ratio(pg.p50Ms(), kap.p50Ms()))
          .append(" (p99 ")
          .append(ratio(pg.p99Ms(), kap.p99Ms()))
          .append(')');
    }
    goal("ahead of PostGIS on every shape (p50 and p99)", ahead.toString(), allAhead);
    for (Shape shape : List.of(Shape.BLEND, Shape.FACETS)) {
      Summary kap = results.find(n, Measurement.KAPFINDER, shape.wireName(), 1);
      Summary pg = results.find(n, Measurement.POSTGIS, shape.wireName(), 1);
      if (kap != null && pg != null) {
        double times = pg.p50Ms() / kap.p50Ms();
        goal(
            "at least 10x on " + shape.wireName() + " (p50)",
            ratio(pg.p50Ms(), kap.p50Ms()),
            times >= 10);
      }
    }
    Summary blend = results.find(n, Measurement.KAPFINDER, Shape.BLEND.wireName(), 1);
    if (blend != null) {
      goal(
          "`sort=best` with facets: p50 <= 3 ms, p99 <= 15 ms",
          String.format(
              Locale.ROOT, "p50 %s ms, p99 %s ms", millis(blend.p50Ms()), millis(blend.p99Ms())),
          blend.p50Ms() <= 3 && blend.p99Ms() <= 15);
    }
    Summary nearest = results.find(n, Measurement.KAPFINDER, Shape.NEAREST.wireName(), 1);
    if (nearest != null) {
      goal(
          "`sort=distance` with a text filter: p50 <= 1.5 ms",
          "p50 " + millis(nearest.p50Ms()) + " ms",
          nearest.p50Ms() <= 1.5);
    }
    for (int concurrency : new int[] {1, 2}) {
      Summary search =
          results.find(n, Measurement.KAPFINDER_HTTP, Shape.BLEND.wireName(), concurrency);
      Summary trivial = results.find(n, Measurement.TRIVIAL_HTTP, TRIVIAL, concurrency);
      if (search != null && trivial != null) {
        double share = search.opsPerSec() / trivial.opsPerSec();
        goal(
            "HTTP search (blend) >= half the trivial handler's req/s, "
                + concurrency
                + (concurrency == 1 ? " client" : " clients"),
            String.format(
                    Locale.ROOT,
                    "%,.0f vs %,.0f req/s: %.3f",
                    search.opsPerSec(),
                    trivial.opsPerSec(),
                    share)
                + serverCpu(search, trivial),
            share >= 0.5);
      }
    }
    String build = fact(n, "kapfinder.build.seconds");
    if (build != null) {
      goal(
          String.format(Locale.ROOT, "%,d providers index in under 60 s", n),
          seconds(build) + " s",
          Double.parseDouble(build) < 60);
    }
    out.append('\n');
  }

  /** The servers' CPU per request, where both were measured: what the rates' ratio comes from. */
  private static String serverCpu(Summary search, Summary trivial) {
    if (search.cpuMeanMs() <= 0 || trivial.cpuMeanMs() <= 0) {
      return "";
    }
    return "; server CPU "
        + millis(search.cpuMeanMs())
        + " vs "
        + millis(trivial.cpuMeanMs())
        + " ms a request";
  }

  private void goal(String goal, String measured, boolean met) {
    out.append("| ")
        .append(goal)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(met ? "yes" : "**no**")
        .append(" |\n");
  }

  private String fact(long n, String key) {
    return results.fact(n, key);
  }

  private static String cells(Summary s) {
    if (s == null) {
      return "– | – | –";
    }
    return millis(s.p50Ms())
        + " | "
        + millis(s.p99Ms())
        + " | "
        + String.format(Locale.ROOT, "%,.0f", s.opsPerSec())
        + (s.errors() > 0 ? " (" + s.errors() + " errors)" : "");
  }

  static String millis(double ms) {
    if (ms < 1) {
      return String.format(Locale.ROOT, "%.3f", ms);
    }
    if (ms < 10) {
      return String.format(Locale.ROOT, "%.2f", ms);
    }
    if (ms < 100) {
      return String.format(Locale.ROOT, "%.1f", ms);
    }
    return String.format(Locale.ROOT, "%.0f", ms);
  }

  static String ratio(Double numerator, Double denominator) {
    if (numerator == null || denominator == null || denominator == 0) {
      return "–";
    }
    double times = numerator / denominator;
    // Below 1 (KAP Finder slower), two significant digits: "0.0x" would hide by how much.
    String format = times < 1 ? "%.2gx" : times < 10 ? "%.1fx" : "%.0fx";
    return String.format(Locale.ROOT, format, times);
  }

  private static String seconds(String value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%.1f", Double.parseDouble(value));
  }

  private static String megabytes(String bytes) {
    return bytes == null
        ? "–"
        : String.format(Locale.ROOT, "%,.0f", Double.parseDouble(bytes) / 1_000_000);
  }

  private static String text(String value) {
    return value == null ? "–" : value;
  }
}
