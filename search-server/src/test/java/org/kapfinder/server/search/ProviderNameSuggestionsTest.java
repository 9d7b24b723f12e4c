package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.TestIndexes;

/**
 * Autocomplete of provider names over an index where many more names have the word typed than
 * autocomplete reads: a name that starts as typed is still offered, first, wherever it lies in the
 * index; the words typed before the last must be whole words of the name, in order.
 */
class ProviderNameSuggestionsTest {

  /**
   * More names with "ketamine" at a later word than autocomplete reads candidates, in each of the
   * index's segments (one per writing thread).
   */
  private static final int LATER_WORD_NAMES = 2 * SuggestService.CANDIDATES_PER_KIND + 30;

  private static Path corpus;
  private static Path indexDir;
  private static SnapshotManager snapshots;

  @BeforeAll
  static void build() throws IOException {
    corpus = Files.createTempDirectory("kapfinder-names-corpus");
    Files.createDirectories(corpus.resolve("articles"));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < LATER_WORD_NAMES; i++) {
      // In Boise, so that all of them lie before a telehealth program in the index's order.
      lines.add(
          inPerson(
              "riverside-" + i,
              "Riverside Ketamine Clinic " + i,
              43.6 + i * 0.001,
              -116.2 + i * 0.001));
    }
    lines.add(telehealth("ketamine-wellness", "Ketamine Wellness Collective"));
    lines.add(telehealth("long-word", "Supercalifragilisticexpialidocious Ketamine Care"));
    Files.createDirectories(corpus.resolve("providers"));
    Files.write(corpus.resolve("providers").resolve("providers.jsonl"), lines);
    indexDir = Files.createTempDirectory("kapfinder-names-index");
    TestIndexes.build(corpus, indexDir);
    snapshots = new SnapshotManager(indexDir);
  }

  @AfterAll
  static void close() throws IOException {
    snapshots.close();
    IOUtils.rm(indexDir, corpus);
  }

  @Test
  void aNameThatStartsAsTypedIsOfferedFirstWhereverItLies() throws Exception {
    assertThat(providerNames("ket")).startsWith("Ketamine Wellness Collective");
    assertThat(providerNames("ketamine wel")).containsExactly("Ketamine Wellness Collective");
  }

  @Test
  void wordsBeforeTheLastAreWholeWordsOfTheNameInOrder() throws Exception {
    assertThat(providerNames("riverside ketamine clinic 22"))
        .contains("Riverside Ketamine Clinic 22", "Riverside Ketamine Clinic 220")
        .doesNotContain("Riverside Ketamine Clinic 3");
    assertThat(providerNames("clinic 7")).contains("Riverside Ketamine Clinic 7");
    assertThat(providerNames("river ketamine")).isEmpty();
    assertThat(providerNames("ketamine riverside")).isEmpty();
  }

  @Test
  void typedWordsAreFoldedAndMatchedInFullHoweverLong() throws Exception {
    assertThat(providerNames("KETAMINE WÉLL")).containsExactly("Ketamine Wellness Collective");
    assertThat(providerNames("supercalifragilisticexpialidocious ketamine c"))
        .containsExactly("Supercalifragilisticexpialidocious Ketamine Care");
    assertThat(providerNames("supercalifragilisticexpialidociousness")).isEmpty();
  }

  private static List<String> providerNames(String typed) throws IOException {
    return new SuggestService(snapshots)
        .suggest(typed, SuggestService.MAX_SIZE).stream()
            .filter(suggestion -> suggestion.kind() == SuggestService.Kind.PROVIDER)
            .map(SuggestService.Suggestion::text)
            .toList();
  }

  private static String inPerson(String id, String name, double lat, double lon) {
    return String.format(
        Locale.ROOT,
        "{\"id\": \"%s\", \"name\": \"%s\", \"type\": \"clinic\", \"modes\": [\"in_person\"],"
            + " \"psychotherapy\": false, \"routes\": [\"iv\"], \"conditions\": [\"depression\"],"
            + " \"description\": \"Fictional sample listing.\", \"address\": {\"street\": \"1 Main"
            + " St\", \"city\": \"Boise\", \"state\": \"ID\", \"zip\": \"83702\"}, \"location\":"
            + " {\"lat\": %.4f, \"lon\": %.4f}}",
        id,
        name,
        lat,
        lon);
  }

  private static String telehealth(String id, String name) {
    return String.format(
        Locale.ROOT,
        "{\"id\": \"%s\", \"name\": \"%s\", \"type\": \"telehealth\", \"modes\": [\"telehealth\"],"
            + " \"psychotherapy\": true, \"servesStates\": [\"ID\"], \"routes\": [\"sublingual\"],"
            + " \"conditions\": [\"depression\"], \"description\": \"Fictional sample listing.\"}",
        id,
        name);
  }
}
