package org.kapfinder.bench.perf;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kapfinder.index.build.GenerationStore;
import org.kapfinder.index.geo.Gazetteer;
import org.kapfinder.index.schema.IndexLayout;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;
import org.kapfinder.server.search.SuggestService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code perf}: the pieces of the performance benchmark that {@code bench/run-benchmarks.sh} puts
 * together: the workload, the files derived from it for HTTP and PostGIS, the in-process harness,
 * the trivial HTTP server, reading pgbench's logs, and the report.
 */
@Command(
    name = "perf",
    mixinStandardHelpOptions = true,
    description = {
      "KAP Finder against PostgreSQL + PostGIS on the same data and the same queries.",
      "Run the whole benchmark with bench/run-benchmarks.sh; these are its steps."
    },
    subcommands = {
      PerfCommand.WorkloadStep.class,
      PerfCommand.PrepareStep.class,
      PerfCommand.InProcessStep.class,
      PairedStep.class,
      PerfCommand.RecordsStep.class,
      PerfCommand.TrivialServerStep.class,
      PerfCommand.PgbenchLogStep.class,
      ReportCommand.class
    })
public final class PerfCommand {

  @Command(
      name = "workload",
      mixinStandardHelpOptions = true,
      description = "Draws the searchers and their queries; every system replays this file.")
  static final class WorkloadStep implements Callable<Integer> {
    @Option(names = "--gazetteer", required = true, description = "Gazetteer folder.")
    Path gazetteer;

    @Option(names = "--searchers", defaultValue = "1000", description = "Default: 1000.")
    int count;

    @Option(names = "--seed", defaultValue = "42", description = "Default: 42.")
    long seed;

    @Option(names = "--out", required = true, description = "Workload file (JSON Lines).")
    Path out;

    @Override
    public Integer call() throws Exception {
      List<Searcher> searchers =
          new WorkloadGenerator(Gazetteer.load(gazetteer)).generate(count, seed);
      Workload.write(searchers, out);
      return 0;
    }
  }

  @Command(
      name = "prepare",
      mixinStandardHelpOptions = true,
      description = {
        "Writes what the other clients replay: http/<shape>.paths for wrk, and for PostgreSQL"
            + " load.sql, index.sql, articles.csv and pgbench/<shape>_NNN.sql."
      })
  static final class PrepareStep implements Callable<Integer> {
    @Option(names = "--workload", required = true)
    Path workload;

    @Option(names = "--providers-csv", required = true, description = "The generator's CSV.")
    Path providersCsv;

    @Option(names = "--gazetteer", required = true)
    Path gazetteer;

    @Option(names = "--articles", required = true, description = "The corpus's articles/.")
    Path articles;

    @Option(names = "--out", required = true, description = "Folder to write into.")
    Path out;

    @Override
    public Integer call() throws Exception {
      List<Searcher> searchers = Workload.read(workload);
      Files.createDirectories(out.resolve("http"));
      for (Shape shape : Shape.values()) {
        List<String> paths = new ArrayList<>();
        for (Searcher searcher : searchers) {
          paths.add(shape.httpPath(searcher));
        }
        Files.write(
            out.resolve("http").resolve(shape.wireName() + ".paths"),
            paths,
            StandardCharsets.UTF_8);
      }
      PostgisScripts.write(out.resolve("postgis"), searchers, providersCsv, gazetteer, articles);
      return 0;
    }
  }

  @Command(
      name = "records",
      mixinStandardHelpOptions = true,
      description = {
        "Times reading a page's provider records from the index's stored fields and parsing"
            + " them, per record, apart from the search."
      })
  static final class RecordsStep implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--index", required = true, description = "Published index folder.")
    Path index;

    @Option(names = "--pages", defaultValue = "2000", description = "Default: 2000.")
    int pages;

    @Option(
        names = "--rounds",
        defaultValue = "6",
        description = "Over the same pages; the first warms up. Default: 6.")
    int rounds;

    @Override
    public Integer call() throws Exception {
      if (rounds < 2) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 2");
      }
      Path generation =
          GenerationStore.current(index)
              .orElseThrow(() -> new IllegalArgumentException("no published index in " + index));
      RecordReadBenchmark.Result result =
          RecordReadBenchmark.run(generation.resolve(IndexLayout.PROVIDERS), pages, rounds, 42);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "records: read %.2f us, parse %.2f us a record (%,d records a round, median of %d"
              + " rounds); stored fields %.1f MiB%n",
          result.readMicros(),
          result.parseMicros(),
          result.records(),
          rounds - 1,
          result.storedFieldBytes() / 1048576.0);
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "inprocess",
      mixinStandardHelpOptions = true,
      description = {
        "Times the search service without HTTP, one operation at a time, per shape; appends one"
            + " measurement per shape and repetition to --out."
      })
  static final class InProcessStep implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--index", required = true, description = "Published index folder.")
    Path index;

    @Option(names = "--workload", required = true)
    Path workload;

    @Option(names = "--providers", required = true, description = "Corpus size, for the report.")
    long providers;

    @Option(names = "--repeat", defaultValue = "1", description = "Which repetition this is.")
    int repeat;

    @Option(names = "--warmup-seconds", defaultValue = "20", description = "Default: 20.")
    double warmupSeconds;

    @Option(names = "--seconds", defaultValue = "10", description = "Per shape. Default: 10.")
    double seconds;

    @Option(
        names = "--min-operations",
        defaultValue = "1000",
        description = "Per shape, at least this many. Default: 1000.")
    int minOperations;

    @Option(
        names = "--shapes",
        split = ",",
        description = "Shapes to run (default: all): blend,nearest,facets,articles,suggest.")
    List<String> shapes;

    @Option(names = "--out", required = true, description = "Measurements file to append to.")
    Path out;

    @Override
    public Integer call() throws Exception {
      List<Shape> chosen =
          shapes == null ? List.of(Shape.values()) : shapes.stream().map(Shape::parse).toList();
      List<Searcher> searchers = Workload.read(workload);
      try (SnapshotManager snapshots = new SnapshotManager(index)) {
        InProcessBenchmark benchmark =
            new InProcessBenchmark(
                new SearchService(snapshots), new SuggestService(snapshots), searchers);
        List<Measurement> measured =
            benchmark.run(
                providers,
                repeat,
                chosen,
                new InProcessBenchmark.Plan(warmupSeconds, seconds, minOperations, 42));
        Measurement.append(out, measured);
        PrintWriter err = spec.commandLine().getErr();
        for (Measurement m : measured) {
          err.printf(
              Locale.ROOT,
              "in process %-9s p50 %7.3f ms  p99 %7.3f ms  %8.1f ops/s  cpu %7.3f ms/op  (%d ops)%n",
              m.shape(),
              m.p50Ms(),
              m.p99Ms(),
              m.opsPerSec(),
              m.cpuMeanMs(),
              m.operations());
        }
        err.printf(Locale.ROOT, "(checksum of the answers: %d)%n", benchmark.sink());
        err.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "trivial-server",
      mixinStandardHelpOptions = true,
      description = "Serves a fixed JSON body from Undertow's IO threads until stopped.")
  static final class TrivialServerStep implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--port", defaultValue = "0", description = "Default: a free port.")
    int port;

    @Override
    public Integer call() throws Exception {
      TrivialServer server = TrivialServer.start(host, port);
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.close();
                    stopped.countDown();
                  }));
      PrintWriter out = spec.commandLine().getOut();
      out.println("trivial server listening on http://" + host + ":" + server.port() + "/");
      out.flush();
      stopped.await();
      return 0;
    }
  }

  @Command(
      name = "pgbench-log",
      mixinStandardHelpOptions = true,
      description = "Reads a pgbench --log run and appends its measurement to --out.")
  static final class PgbenchLogStep implements Callable<Integer> {
    @Option(names = "--prefix", required = true, description = "The run's --log-prefix.")
    Path prefix;

    @Option(names = "--providers", required = true)
    long providers;

    @Option(names = "--shape", required = true)
    String shape;

    @Option(names = "--concurrency", required = true)
    int concurrency;

    @Option(names = "--repeat", defaultValue = "1")
    int repeat;

    @Option(names = "--out", required = true)
    Path out;

    @Override
    public Integer call() throws Exception {
      Measurement measured =
          PgbenchLogs.read(prefix, providers, Shape.parse(shape).wireName(), concurrency, repeat);
      Measurement.append(out, List.of(measured));
      return 0;
    }
  }
}
