package org.kapfinder.index.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged jar as a user would. */
class IndexerJarIT {

  static final Path JAR = Path.of("target", "kapfinder-indexer.jar");

  static String run(List<String> args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** Picocli warns on the console when a description is not a valid format string. */
  private static final String PICOCLI_WARNING = "picocli WARN";

  @Test
  void helpExplainsTheCommands() throws Exception {
    String help = run(List.of("--help"));
    assertThat(help).contains("Usage: kapfinder-indexer").doesNotContain(PICOCLI_WARNING);
    // The list of commands shows each one's first paragraph: it must be a whole sentence.
    assertThat(help.replaceAll("\\s+", " "))
        .contains("builds a new index generation beside the published one, verifies it and")
        .contains("Writes fictional provider records in the record format");
  }

  @Test
  void buildHelpExplainsEveryOption() throws Exception {
    assertThat(run(List.of("build", "--help")))
        .doesNotContain(PICOCLI_WARNING)
        .contains("45% of the heap")
        .contains(
            "--corpus",
            "--gazetteer",
            "--index",
            "--skip-invalid",
            "--rejected-report",
            "--threads",
            "--progress");
  }
}
