package org.kapfinder.bench.perf;

import com.google.gson.Gson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One timed run: a system answering one query shape at a fixed concurrency for a while. Stored as
 * one JSON object per line; the in-process harness, the pgbench log reader and the wrk script all
 * write this same form, and the report reads it.
 *
 * @param providers the corpus size
 * @param system {@link #KAPFINDER}, {@link #KAPFINDER_HTTP}, {@link #TRIVIAL_HTTP} or {@link
 *     #POSTGIS}
 * @param shape a {@link Shape} wire name, or a name of its own for the HTTP ceiling checks
 * @param concurrency clients (or threads) issuing requests, each waiting for its answer
 * @param repeat which repetition of the measurement, from 1
 * @param operations completed operations
 * @param seconds measured wall time
 * @param errors failed operations (non-2xx answers, socket errors)
 * @param cpuMeanMs the CPU time per operation, 0 where not measured. In process: that of the JVM's
 *     threads (the measuring thread and those that search segments alongside it; not the compiler's
 *     or the garbage collector's), which, unlike the latencies, does not grow while a search waits
 *     for a busy machine's CPU. Over HTTP: that of the whole server process, every thread included,
 *     as the kernel counts it ({@code /proc/<pid>/stat})
 */
public record Measurement(
    long providers,
    String system,
    String shape,
    int concurrency,
    int repeat,
    long operations,
    double seconds,
    double p50Ms,
    double p99Ms,
    double meanMs,
    double opsPerSec,
    long errors,
    double cpuMeanMs) {

  public static final String KAPFINDER = "kapfinder";
  public static final String KAPFINDER_HTTP = "kapfinder-http";
  public static final String TRIVIAL_HTTP = "trivial-http";
  public static final String POSTGIS = "postgis";

  private static final Gson GSON = new Gson();

  public static Measurement of(
      long providers,
      String system,
      String shape,
      int concurrency,
      int repeat,
      Latencies latencies,
      double seconds,
      long errors,
      double cpuMeanMs) {
    return new Measurement(
        providers,
        system,
        shape,
        concurrency,
        repeat,
        latencies.count(),
        seconds,
        latencies.percentileMillis(50),
        latencies.percentileMillis(99),
        latencies.meanMillis(),
        latencies.count() / seconds,
        errors,
        cpuMeanMs);
  }

  public String toJson() {
    return GSON.toJson(this);
  }

  /** Appends measurements to a JSON Lines file, creating it when needed. */
  public static void append(Path file, List<Measurement> measurements) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (Writer out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      for (Measurement measurement : measurements) {
        out.write(measurement.toJson());
        out.write('\n');
      }
    }
  }

  public static List<Measurement> read(Path file) throws IOException {
    List<Measurement> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(GSON.fromJson(line, Measurement.class));
        }
      }
    }
    return out;
  }
}
