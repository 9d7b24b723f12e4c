package org.kapfinder.index.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.build.BuildProgress;
import org.kapfinder.index.build.IndexBuilder;
import org.kapfinder.index.build.InvalidCorpusException;

/**
 * The fixture files say what they claim in {@code corpus/fixtures/README.md}: every invalid line is
 * rejected with exactly the problems listed there, and the valid files give the same providers in
 * both forms.
 */
class FixtureFilesTest {

  private static final String INVALID_JSONL = "invalid-providers.jsonl";
  private static final String INVALID_CSV = "invalid-providers.csv";

  @TempDir Path temp;

  @Test
  void indexerReportsExactlyTheProblemsTheReadmeLists() throws IOException {
    Path fixtures = TestCorpora.BUNDLED.resolve("fixtures");
    Map<String, Map<Long, FixtureTable.Row>> table =
        FixtureTable.read(fixtures.resolve("README.md"));
    assertThat(table).containsOnlyKeys(INVALID_JSONL, INVALID_CSV);

    Path corpus = temp.resolve("corpus");
    Files.createDirectories(corpus.resolve("providers"));
    Files.copy(fixtures.resolve(INVALID_JSONL), corpus.resolve("providers").resolve(INVALID_JSONL));
    Files.copy(fixtures.resolve(INVALID_CSV), corpus.resolve("providers").resolve(INVALID_CSV));
    IndexBuilder.Options options =
        new IndexBuilder.Options(
            corpus, TestCorpora.GAZETTEER, temp.resolve("index"), false, null, 1);
    Clock buildDay =
        Clock.fixed(TestCorpora.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    InvalidCorpusException failure =
        catchThrowableOfType(
            InvalidCorpusException.class,
            () -> new IndexBuilder(buildDay).build(options, BuildProgress.NONE));

    assertThat(failure).as("the build must fail on the invalid fixtures").isNotNull();
    Map<String, Map<Long, List<String>>> reported = new LinkedHashMap<>();
    for (Problem problem : failure.problems()) {
      reported
          .computeIfAbsent(problem.file(), f -> new LinkedHashMap<>())
          .computeIfAbsent(problem.line(), l -> new ArrayList<>())
          .add(problem.field() + ": " + problem.message());
    }
    for (String file : List.of(INVALID_JSONL, INVALID_CSV)) {
      Map<Long, List<String>> expected = new LinkedHashMap<>();
      table.get(file).forEach((line, row) -> expected.put(line, row.problems()));
      assertThat(reported.get(file)).as(file).isEqualTo(expected);
    }
    // One row per record: every line of the JSON Lines file is in the table.
    assertThat(Files.readAllLines(fixtures.resolve(INVALID_JSONL)))
        .hasSize(table.get(INVALID_JSONL).size());
  }

  @Test
  void validFixturesGiveTheSameProvidersInBothForms() throws IOException {
    Path fixtures = TestCorpora.BUNDLED.resolve("fixtures");
    List<Provider> fromJson = parseAll(fixtures.resolve("valid-providers.jsonl"));
    List<Provider> fromCsv = parseAll(fixtures.resolve("valid-providers.csv"));
    assertThat(fromJson).hasSizeBetween(8, 15);
    assertThat(fromCsv).isEqualTo(fromJson);
    assertThat(fromJson).extracting(Provider::id).doesNotHaveDuplicates();
  }

  private static List<Provider> parseAll(Path file) throws IOException {
    ProviderParser parser = new ProviderParser(TestCorpora.gazetteer(), TestCorpora.TODAY);
    List<Provider> providers = new ArrayList<>();
    for (RawRecord record : TestCorpora.read(file)) {
      assertThat(record.isReadable()).as("%s:%d", record.file(), record.line()).isTrue();
      ProviderParser.Result result = parser.parse(record.fields(), record.file(), record.line());
      assertThat(result.problems()).as("%s:%d", record.file(), record.line()).isEmpty();
      providers.add(result.provider());
    }
    return providers;
  }
}
