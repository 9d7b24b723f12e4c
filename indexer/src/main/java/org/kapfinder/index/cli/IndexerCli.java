package org.kapfinder.index.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kapfinder.index.SuppressForbidden;
import org.kapfinder.index.build.BuildProgress;
import org.kapfinder.index.build.BuildSummary;
import org.kapfinder.index.build.FileCounts;
import org.kapfinder.index.build.IndexBuilder;
import org.kapfinder.index.build.InvalidCorpusException;
import org.kapfinder.index.corpus.Problem;
import org.kapfinder.index.schema.LocationPrecision;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The indexer's command line: {@code build} an index, {@code generate} sample or synthetic data.
 */
@Command(
    name = "kapfinder-indexer",
    mixinStandardHelpOptions = true,
    versionProvider = IndexerCli.Version.class,
    description =
        "Builds KAP Finder's search index from a corpus folder, and generates fictional"
            + " provider data.",
    subcommands = {IndexerCli.Build.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class IndexerCli {

  /** Exit status when the corpus has invalid records and nothing was published. */
  public static final int EXIT_INVALID_CORPUS = 2;

  /** Exit status when the build failed for another reason (I/O, a lock held, ...). */
  public static final int EXIT_FAILED = 1;

  @SuppressForbidden(reason = "the command-line entry point sets the process exit status")
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new IndexerCli());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Validates every record of the corpus, geocodes those without a location, builds a new"
            + " index generation beside the published one, verifies it and publishes it"
            + " atomically.",
        "A running server picks it up without a restart."
      })
  static final class Build implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--corpus",
        defaultValue = "${env:KAPFINDER_CORPUS:-corpus}",
        description =
            "Corpus folder: providers/, articles/, gazetteer/ (env KAPFINDER_CORPUS; default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(
        names = "--gazetteer",
        description =
            "Gazetteer folder (env KAPFINDER_GAZETTEER; default: the corpus's gazetteer/).",
        defaultValue = "${env:KAPFINDER_GAZETTEER}")
    Path gazetteer;

    @Option(
        names = "--index",
        defaultValue = "${env:KAPFINDER_INDEX:-data/index}",
        description =
            "Index folder to publish into (env KAPFINDER_INDEX; default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(
        names = "--skip-invalid",
        description =
            "Index the valid records and list the rejected ones in the report, instead of failing the build.")
    boolean skipInvalid;

    @Option(
        names = "--rejected-report",
        defaultValue = "rejected-records.jsonl",
        description =
            "Where --skip-invalid writes rejected records with their reasons, one JSON object per line (default: ${DEFAULT-VALUE}).")
    Path rejectedReport;

    @Option(
        names = "--threads",
        description = "Indexing threads (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = "--ram-buffer-mb",
        description =
            "Megabytes a run of providers may take in memory, checked and held, then indexed; each run is written as one segment per thread, and a build that writes more segments than threads merges them at the end (default: 45%% of the heap, at most 3072; here ${DEFAULT-VALUE}).")
    double ramBufferMb = IndexBuilder.Options.defaultRamBufferMb();

    @Option(
        names = "--progress",
        defaultValue = "auto",
        description =
            "bar, lines or auto: a progress bar on a terminal, log lines otherwise (default: ${DEFAULT-VALUE}).")
    String progress;

    @Override
    @SuppressForbidden(reason = "a command-line tool reports to its console")
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      boolean interactive =
          switch (progress.toLowerCase(Locale.ROOT)) {
            case "bar" -> true;
            case "lines" -> false;
            default -> System.console() != null;
          };
      if (!(ramBufferMb > 0)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--ram-buffer-mb must be a positive number of megabytes");
      }
      IndexBuilder.Options options =
          new IndexBuilder.Options(
              corpus,
              gazetteer == null ? corpus.resolve("gazetteer") : gazetteer,
              index,
              skipInvalid,
              rejectedReport,
              threads,
              ramBufferMb);
      try (BuildProgress bar = ConsoleProgress.forConsole(interactive)) {
        BuildSummary summary = new IndexBuilder(Clock.systemUTC()).build(options, bar);
        printSummary(out, summary);
        return 0;
      } catch (InvalidCorpusException e) {
        for (Problem problem : e.problems()) {
          err.println(problem);
        }
        printSummary(err, e.summary());
        err.printf(
            Locale.ROOT,
            "%d problem(s); nothing was published. Fix them, or rerun with --skip-invalid.%n",
            e.problems().size());
        return EXIT_INVALID_CORPUS;
      } catch (Exception e) {
        err.println("build failed, nothing was published: " + e.getMessage());
        return EXIT_FAILED;
      }
    }

    private static void printSummary(PrintWriter out, BuildSummary summary) {
      out.println("Providers:");
      for (FileCounts counts : summary.providerFiles()) {
        out.printf(
            Locale.ROOT,
            "  %-32s read %,d = indexed %,d + rejected %,d%n",
            counts.file(),
            counts.read(),
            counts.indexed(),
            counts.rejected());
      }
      out.printf(
          Locale.ROOT,
          "  %-32s read %,d = indexed %,d + rejected %,d%n",
          "total",
          summary.providersRead(),
          summary.providersIndexed(),
          summary.providersRejected());
      Map<LocationPrecision, Long> points = summary.locationPrecisions();
      out.printf(
          Locale.ROOT,
          "Points: %,d from the records, %,d geocoded to a ZIP centroid, %,d to a city.%n",
          points.getOrDefault(LocationPrecision.EXACT, 0L),
          points.getOrDefault(LocationPrecision.ZIP, 0L),
          points.getOrDefault(LocationPrecision.CITY, 0L));
      out.printf(
          Locale.ROOT,
          "Articles: read %d, indexed %d. Places: %,d.%n",
          summary.articlesRead(),
          summary.articlesIndexed(),
          summary.placesIndexed());
      out.printf(
          Locale.ROOT,
          "Time: %.1f s, %,.0f providers/s. Index size: %.1f MiB.%n",
          summary.elapsedMillis() / 1000.0,
          summary.providersPerSecond(),
          summary.indexBytes() / (1024.0 * 1024.0));
      if (summary.rejectedReport() != null) {
        out.println("Rejected records and their reasons: " + summary.rejectedReport());
      }
      if (summary.published() != null) {
        out.println("Published: " + summary.published());
      }
      out.flush();
    }
  }

  /** Reports the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = IndexerCli.class.getPackage().getImplementationVersion();
      return new String[] {"kapfinder-indexer " + (version == null ? "(development)" : version)};
    }
  }
}
