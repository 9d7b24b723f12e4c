package org.kapfinder.bench.perf;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code perf report}: folds the measurements and the facts of a benchmark run into one JSON
 * document and Markdown tables.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the run's results as JSON and as Markdown tables: the median over the"
          + " repetitions of each measurement's p50, p99 and throughput."
    })
final class ReportCommand implements Callable<Integer> {

  @Option(names = "--measurements", required = true, description = "Measurements (JSON Lines).")
  Path measurements;

  @Option(
      names = "--facts",
      required = true,
      description = "Facts: lines of 'providers<TAB>key<TAB>value' (providers 0: the whole run).")
  Path facts;

  @Option(names = "--out", required = true, description = "Results JSON to write.")
  Path out;

  @Option(names = "--markdown", required = true, description = "Markdown tables to write.")
  Path markdown;

  @Override
  public Integer call() throws Exception {
    Results results = Results.of(Measurement.read(measurements), readFacts(facts));
    Files.writeString(
        out,
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(results.json())
            + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(markdown, new ResultTables(results).markdown(), StandardCharsets.UTF_8);
    return 0;
  }

  /** Facts by corpus size (0 for the run as a whole), then key. */
  static Map<Long, Map<String, String>> readFacts(Path file) throws IOException {
    Map<Long, Map<String, String>> facts = new TreeMap<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", 3);
      if (fields.length != 3) {
        throw new IOException(file + ":" + number + ": expected providers, key and value");
      }
      facts
          .computeIfAbsent(Long.parseLong(fields[0]), n -> new LinkedHashMap<>())
          .put(fields[1], fields[2]);
    }
    return facts;
  }

  /** The measurements grouped and summarised, with the facts beside them. */
  record Results(Map<Long, Map<String, String>> facts, List<Summary> summaries) {

    static Results of(List<Measurement> measured, Map<Long, Map<String, String>> facts) {
      Map<String, List<Measurement>> groups = new LinkedHashMap<>();
      for (Measurement m : measured) {
        groups
            .computeIfAbsent(
                m.providers() + "|" + m.system() + "|" + m.shape() + "|" + m.concurrency(),
                key -> new ArrayList<>())
            .add(m);
      }
      List<Summary> summaries = new ArrayList<>();
      groups.values().forEach(group -> summaries.add(Summary.of(group)));
      return new Results(facts, summaries);
    }

    Summary find(long providers, String system, String shape, int concurrency) {
      for (Summary s : summaries) {
        if (s.providers() == providers
            && s.system().equals(system)
            && s.shape().equals(shape)
            && s.concurrency() == concurrency) {
          return s;
        }
      }
      return null;
    }

    String fact(long providers, String key) {
      return facts.getOrDefault(providers, Map.of()).get(key);
    }

    List<Long> sizes() {
      return summaries.stream().map(Summary::providers).distinct().sorted().toList();
    }

    Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("run", facts.getOrDefault(0L, Map.of()));
      List<Object> sizes = new ArrayList<>();
      for (long n : sizes()) {
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("providers", n);
        size.put("facts", facts.getOrDefault(n, Map.of()));
        size.put("results", summaries.stream().filter(s -> s.providers() == n).toList());
        sizes.add(size);
      }
      json.put("sizes", sizes);
      return json;
    }
  }

  /** The median over repetitions of one system, shape and concurrency at one size. */
  record Summary(
      long providers,
      String system,
      String shape,
      int concurrency,
      int repeats,
      double p50Ms,
      double p99Ms,
      double opsPerSec,
      double cpuMeanMs,
      long operations,
      long errors,
      List<Measurement> runs) {

    static Summary of(List<Measurement> runs) {
      Measurement first = runs.get(0);
      return new Summary(
          first.providers(),
          first.system(),
          first.shape(),
          first.concurrency(),
          runs.size(),
          median(runs.stream().mapToDouble(Measurement::p50Ms).toArray()),
          median(runs.stream().mapToDouble(Measurement::p99Ms).toArray()),
          median(runs.stream().mapToDouble(Measurement::opsPerSec).toArray()),
          median(runs.stream().mapToDouble(Measurement::cpuMeanMs).toArray()),
          runs.stream().mapToLong(Measurement::operations).sum(),
          runs.stream().mapToLong(Measurement::errors).sum(),
          List.copyOf(runs));
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
