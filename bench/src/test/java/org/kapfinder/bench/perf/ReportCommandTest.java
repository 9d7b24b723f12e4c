package org.kapfinder.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

  @TempDir Path dir;

  @Test
  void summarisesTheMedianOfTheRepetitionsAndWritesTheTables() throws Exception {
    List<Measurement> measured = new ArrayList<>();
    for (int rep = 1; rep <= 3; rep++) {
      double slow = rep == 2 ? 10 : 1; // one noisy repetition must not move the median
      measured.add(run(Measurement.KAPFINDER, "blend", 1, rep, 2.0 * slow, 9.0, 400, 1.5));
      measured.add(run(Measurement.POSTGIS, "blend", 1, rep, 60.0, 170.0, 15, 0));
      measured.add(run(Measurement.KAPFINDER, "nearest", 1, rep, 1.0, 3.0, 900, 0.9));
      measured.add(run(Measurement.POSTGIS, "nearest", 1, rep, 2.0, 6.0, 450, 0));
      measured.add(run(Measurement.KAPFINDER_HTTP, "blend", 2, rep, 4.0, 12.0, 500, 3.2));
      measured.add(run(Measurement.TRIVIAL_HTTP, "trivial", 2, rep, 0.1, 0.5, 20000, 0.04));
    }
    Path measurements = dir.resolve("m.jsonl");
    Measurement.append(measurements, measured);
    Path facts = dir.resolve("facts.tsv");
    Files.writeString(
        facts,
        "0\tcommit\tabc1234\n"
            + "1000000\tkapfinder.build.seconds\t41.5\n"
            + "1000000\tkapfinder.index.bytes\t221000000\n",
        StandardCharsets.UTF_8);
    Path json = dir.resolve("r.json");
    Path markdown = dir.resolve("r.md");

    int status =
        new CommandLine(new ReportCommand())
            .execute(
                "--measurements", measurements.toString(),
                "--facts", facts.toString(),
                "--out", json.toString(),
                "--markdown", markdown.toString());

    assertThat(status).isZero();
    var results = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
    assertThat(results.getAsJsonObject("run").get("commit").getAsString()).isEqualTo("abc1234");
    var blend =
        results
            .getAsJsonArray("sizes")
            .get(0)
            .getAsJsonObject()
            .getAsJsonArray("results")
            .get(0)
            .getAsJsonObject();
    assertThat(blend.get("p50Ms").getAsDouble()).isEqualTo(2.0);
    assertThat(blend.get("repeats").getAsInt()).isEqualTo(3);
    String tables = Files.readString(markdown);
    assertThat(tables)
        .contains("### 1,000,000 providers")
        .contains("| blend: near me + condition, sort=best, 50 km | 2.00 | 9.00 | 400 | 1.50 |")
        .contains("| 60.0 | 170 | 15 | 30x | 19x |")
        .contains("| index build (s) | 41.5 |")
        .contains("| size on disk (MB) | 221 |")
        .contains("| at least 10x on blend (p50) | 30x | yes |")
        .contains("| `sort=distance` with a text filter: p50 <= 1.5 ms | p50 1.00 ms | yes |")
        .contains("| KAP Finder blend | – | – | – | 4.00 | 12.0 | 500 | 0.025 | 3.20 |")
        .contains("500 vs 20,000 req/s: 0.025; server CPU 3.20 vs 0.040 ms a request | **no** |")
        .contains("| 1,000,000 providers index in under 60 s | 41.5 s | yes |");
  }

  private static Measurement run(
      String system, String shape, int c, int rep, double p50, double p99, double ops, double cpu) {
    return new Measurement(
        1_000_000, system, shape, c, rep, (long) ops * 10, 10, p50, p99, p50, ops, 0, cpu);
  }
}
