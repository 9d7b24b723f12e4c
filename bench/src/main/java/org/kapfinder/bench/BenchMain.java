package org.kapfinder.bench;

import org.kapfinder.bench.perf.PerfCommand;
import org.kapfinder.bench.relevance.RelevanceCommand;
import org.kapfinder.bench.spatial.ServiceAreaMeasurement;
import org.kapfinder.index.SuppressForbidden;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the benchmark and evaluation tools; each tool is a subcommand. */
@Command(
    name = "kapfinder-bench",
    mixinStandardHelpOptions = true,
    description = "KAP Finder's performance benchmarks and relevance evaluation.",
    subcommands = {
      PerfCommand.class,
      RelevanceCommand.class,
      ServiceAreaMeasurement.class,
      CommandLine.HelpCommand.class
    })
public final class BenchMain {

  @SuppressForbidden(reason = "the command-line entry point sets the process exit status")
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }
}
