package org.kapfinder.bench.perf;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code perf paired}: this build against another, search by search ({@link PairedComparison}). */
@Command(
    name = "paired",
    mixinStandardHelpOptions = true,
    description = {
      "Times this build against another one (its bench jar) in the same process, each search run"
          + " on both back to back; prints the medians, the median of the pairs' ratios and how"
          + " many answers differ. Both builds must read the index's schema version."
    })
final class PairedStep implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--baseline", required = true, description = "The other build's bench jar.")
  Path baseline;

  @Option(names = "--index", required = true, description = "Index folder.")
  Path index;

  @Option(
      names = "--baseline-index",
      description = "Index folder for the other build, when it reads another schema version.")
  Path baselineIndex;

  @Option(names = "--workload", required = true, description = "Workload file.")
  Path workload;

  @Option(
      names = "--shapes",
      split = ",",
      defaultValue = "blend,nearest",
      description = "Shapes to compare. Default: blend,nearest.")
  List<String> shapes;

  @Option(names = "--warmup-seconds", defaultValue = "30", description = "Default: 30.")
  double warmupSeconds;

  @Option(names = "--seconds", defaultValue = "60", description = "Per shape. Default: 60.")
  double seconds;

  @Option(names = "--seed", defaultValue = "7", description = "Default: 7.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    // This build is opened first: the same jar as both builds measured blended searches 1.015 and
    // 1.022 times as long on the side opened second, and 1.003 with this side opened first.
    try (SearchingVersion current = SearchingVersion.current(index, workload);
        SearchingVersion other =
            SearchingVersion.other(
                List.of(baseline), baselineIndex == null ? index : baselineIndex, workload)) {
      for (String name : shapes) {
        PairedComparison.Result result =
            PairedComparison.run(other, current, Shape.parse(name), warmupSeconds, seconds, seed);
        err.printf(
            Locale.ROOT,
            "paired %-9s baseline p50 %7.3f ms  this build p50 %7.3f ms  median ratio %.3f"
                + "  (%d pairs, %d answers differ)%n",
            name,
            result.baselineP50Ms(),
            result.currentP50Ms(),
            result.medianRatio(),
            result.pairs(),
            result.differingAnswers());
        err.flush();
      }
    }
    return 0;
  }
}
