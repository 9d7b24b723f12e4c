package org.kapfinder.index.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import picocli.CommandLine;

/** The {@code build} subcommand's options and usage errors. */
class BuildCommandTest {

  @TempDir Path temp;

  private final InProcessCli cli = new InProcessCli();

  @Test
  void helpExplainsTheRamBuffer() {
    assertThat(cli.run("build", "--help")).isZero();
    assertThat(cli.out.toString()).contains("--ram-buffer-mb").contains("--threads");
  }

  @Test
  void theSummaryAddsUpAndSaysHowEachPointWasFound() {
    int status = buildMini(temp.resolve("index"), "--progress", "lines");
    assertThat(status).as(cli.err.toString()).isZero();
    // 22 providers: two telehealth programmes without a place, one placed by its ZIP code.
    assertThat(cli.out.toString())
        .contains("read 22 = indexed 22 + rejected 0")
        .contains("Points: 19 from the records, 1 geocoded to a ZIP centroid, 0 to a city.")
        .contains("Published: ");
  }

  @Test
  void aRamBufferThatIsNotPositiveIsAUsageErrorAndBuildsNothing() {
    Path index = temp.resolve("index");
    for (String bad : new String[] {"0", "-5"}) {
      cli.err.getBuffer().setLength(0);
      int status = buildMini(index, "--ram-buffer-mb", bad);
      assertThat(status).as(bad).isEqualTo(CommandLine.ExitCode.USAGE);
      assertThat(cli.err.toString()).contains("--ram-buffer-mb must be a positive number");
    }
    assertThat(Files.exists(index)).isFalse();
  }

  /** Runs {@code build} on the mini corpus into {@code index}, with more options. */
  private int buildMini(Path index, String... options) {
    List<String> args = new ArrayList<>(TestCorpora.buildMiniArgs(index));
    args.addAll(List.of(options));
    return cli.run(args.toArray(String[]::new));
  }
}
