package org.kapfinder.index.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;

/** The {@code generate} subcommand: its options, its output and its usage errors. */
class GenerateCommandTest {

  @TempDir Path temp;

  private final InProcessCli cli = new InProcessCli();

  private String gazetteer() {
    return TestCorpora.GAZETTEER.toString();
  }

  @Test
  void helpExplainsEveryOption() {
    assertThat(cli.run("generate", "--help")).isZero();
    for (String option :
        List.of(
            "--sample",
            "--count",
            "--out",
            "--seed",
            "--format",
            "--as-of",
            "--gazetteer",
            "--threads")) {
      assertThat(cli.out.toString()).contains(option);
    }
  }

  @Test
  void writesSyntheticProvidersAndSaysWhat() throws IOException {
    Path file = temp.resolve("synthetic.csv");
    int status =
        cli.run(
            "generate",
            "--count",
            "25",
            "--seed",
            "3",
            "--gazetteer",
            gazetteer(),
            "--out",
            file.toString());
    assertThat(status).as(cli.err.toString()).isZero();
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).startsWith("id,name,type,description,");
    assertThat(lines.get(1)).startsWith("syn-0000001,");
    assertThat(cli.err.toString()).contains("25 providers").contains("Wrote ");
  }

  @Test
  void sameOptionsGiveTheSameFile() throws IOException {
    Path first = temp.resolve("first.jsonl");
    Path second = temp.resolve("second.jsonl");
    cli.run(
        "generate",
        "--count",
        "40",
        "--seed",
        "9",
        "--threads",
        "1",
        "--gazetteer",
        gazetteer(),
        "--out",
        first.toString());
    cli.run(
        "generate",
        "--count",
        "40",
        "--seed",
        "9",
        "--threads",
        "2",
        "--gazetteer",
        gazetteer(),
        "--out",
        second.toString());
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first)).isNotEmpty();
  }

  @Test
  void sampleAndCountExcludeEachOther() {
    assertThat(
            cli.run("generate", "--sample", "--count", "5", "--out", temp.resolve("x").toString()))
        .isEqualTo(2);
    assertThat(cli.err.toString()).contains("mutually exclusive");
    assertThat(temp.resolve("x")).doesNotExist();
  }

  @Test
  void aNegativeCountIsAUsageError() {
    assertThat(cli.run("generate", "--count", "-5", "--out", temp.resolve("x").toString()))
        .isEqualTo(2);
    assertThat(cli.err.toString()).contains("--count must not be negative, got -5");
  }

  @Test
  void aMissingGazetteerFailsWithoutWriting() {
    Path file = temp.resolve("never.jsonl");
    int status =
        cli.run(
            "generate",
            "--count",
            "5",
            "--gazetteer",
            temp.resolve("nowhere").toString(),
            "--out",
            file.toString());
    assertThat(status).isEqualTo(IndexerCli.EXIT_FAILED);
    assertThat(cli.err.toString()).contains("generate failed, nothing was written");
    assertThat(file).doesNotExist();
  }
}
