package org.kapfinder.index.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import picocli.CommandLine;

/** The {@code build} subcommand's options and usage errors. */
class BuildCommandTest {

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = IndexerCli.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void helpExplainsTheRamBuffer() {
    assertThat(run("build", "--help")).isZero();
    assertThat(out.toString()).contains("--ram-buffer-mb").contains("--threads");
  }

  @Test
  void aRamBufferThatIsNotPositiveIsAUsageErrorAndBuildsNothing() {
    Path index = temp.resolve("index");
    for (String bad : new String[] {"0", "-5"}) {
      err.getBuffer().setLength(0);
      int status =
          run(
              "build",
              "--corpus",
              TestCorpora.MINI.toString(),
              "--gazetteer",
              TestCorpora.GAZETTEER.toString(),
              "--index",
              index.toString(),
              "--ram-buffer-mb",
              bad);
      assertThat(status).as(bad).isEqualTo(CommandLine.ExitCode.USAGE);
      assertThat(err.toString()).contains("--ram-buffer-mb must be a positive number");
    }
    assertThat(Files.exists(index)).isFalse();
  }
}
