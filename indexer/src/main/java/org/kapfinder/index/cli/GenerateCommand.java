package org.kapfinder.index.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kapfinder.index.SuppressForbidden;
import org.kapfinder.index.corpus.generate.GeneratedCorpusWriter;
import org.kapfinder.index.corpus.generate.GenerationStats;
import org.kapfinder.index.corpus.generate.GeneratorOptions;
import org.kapfinder.index.corpus.generate.OutputFormat;
import org.kapfinder.index.corpus.generate.ProviderGenerator;
import org.kapfinder.index.geo.Gazetteer;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes fictional provider records, either the bundled sample or any number of
 * synthetic ones for benchmarks.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes fictional provider records in the record format: the bundled sample (--sample)"
          + " or N synthetic providers for benchmarks (--count N).",
      "Same options, same bytes: each record depends only on the seed, its position and the"
          + " gazetteer, whatever the number of threads.",
      "",
      "Examples:",
      "  generate --sample --out corpus/providers/providers.jsonl",
      "  generate --count 1000000 --seed 42 --out /tmp/synthetic-1m.jsonl",
      ""
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  static final class What {
    @Option(
        names = "--sample",
        required = true,
        description =
            "The bundled sample: "
                + GeneratorOptions.SAMPLE_COUNT
                + " providers, ids sample-00001 and on, seed "
                + GeneratorOptions.DEFAULT_SEED
                + " unless --seed is given.")
    boolean sample;

    @Option(
        names = "--count",
        required = true,
        paramLabel = "N",
        description = "N synthetic providers for benchmarks, ids syn-0000001 and on.")
    long count = -1;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description =
          "Where to write. Written to a temporary file beside it and moved into place when"
              + " complete. Keep synthetic corpora outside the repository.")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "Seed of the random draws (default: " + GeneratorOptions.DEFAULT_SEED + ").")
  long seed = GeneratorOptions.DEFAULT_SEED;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "jsonl or csv (default: csv when FILE ends in .csv, jsonl otherwise). Both are forms of"
              + " the same record format.")
  OutputFormat format;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "lastVerified dates fall in the 18 months up to this ISO date (default: "
              + "2026-11-01).")
  LocalDate asOf = GeneratorOptions.DEFAULT_AS_OF;

  @Option(
      names = "--gazetteer",
      paramLabel = "DIR",
      defaultValue = "${env:KAPFINDER_GAZETTEER:-corpus/gazetteer}",
      description =
          "Gazetteer folder that places providers (env KAPFINDER_GAZETTEER; default:"
              + " ${DEFAULT-VALUE}). A different gazetteer gives different records.")
  Path gazetteer;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Generating threads; the output is the same for any number (default: the number of"
              + " processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  @SuppressForbidden(reason = "a command-line tool reports to its console")
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!what.sample && what.count < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--count must not be negative, got " + what.count);
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    GeneratorOptions options =
        (what.sample ? GeneratorOptions.sample() : GeneratorOptions.synthetic(what.count, seed))
            .withSeed(seed)
            .withAsOf(asOf);
    OutputFormat chosen = format == null ? OutputFormat.forFile(out) : format;
    try {
      long start = System.nanoTime();
      Gazetteer loaded = Gazetteer.load(gazetteer);
      ProviderGenerator generator = new ProviderGenerator(loaded, options);
      long generating = System.nanoTime();
      GenerationStats stats = new GeneratedCorpusWriter(generator, threads).writeFile(chosen, out);
      long end = System.nanoTime();
      err.print(stats.summary());
      err.printf(
          Locale.ROOT,
          "Wrote %s (%s) in %.1f s (gazetteer and set-up %.1f s, generating %.1f s, %,.0f"
              + " providers/s).%n",
          out,
          chosen.name().toLowerCase(Locale.ROOT),
          (end - start) / 1e9,
          (generating - start) / 1e9,
          (end - generating) / 1e9,
          stats.records() / Math.max(1e-9, (end - generating) / 1e9));
      err.flush();
      return 0;
    } catch (Exception e) {
      err.println("generate failed, nothing was written to " + out + ": " + e.getMessage());
      err.flush();
      return IndexerCli.EXIT_FAILED;
    }
  }
}
