package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.index.schema.TextAnalyzers;
import org.kapfinder.server.query.ProviderQueryBuilder;

/**
 * Every rule of the domain synonyms, searched in the providers' text fields of the sample index:
 * each way of saying a thing finds the same providers. The text fields keep no positions, so this
 * also checks that a synonym of several words ("post traumatic stress" for PTSD) is searched as its
 * words, never as a phrase, which such a field could not answer.
 */
class SynonymRulesTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private final ProviderQueryBuilder queries =
      new ProviderQueryBuilder(TextAnalyzers.forQueries(), 10);

  @Test
  void everyWayOfSayingAThingFindsTheSameProviders() throws IOException {
    List<List<String>> rules = equivalenceRules();
    assertThat(rules).hasSizeGreaterThan(20);
    for (List<String> rule : rules) {
      Set<Integer> first = matches(rule.get(0));
      for (String phrase : rule.subList(1, rule.size())) {
        assertThat(matches(phrase)).as("%s, as %s", phrase, rule.get(0)).isEqualTo(first);
      }
    }
  }

  @Test
  void aSynonymOfSeveralWordsFindsWhatTheShortNameFinds() throws IOException {
    Set<Integer> ptsd = matches("ptsd");
    assertThat(ptsd).isNotEmpty();
    assertThat(matches("post traumatic stress")).isEqualTo(ptsd);
    Set<Integer> trd = matches("trd");
    assertThat(trd).isNotEmpty();
    assertThat(matches("treatment resistant depression")).isEqualTo(trd);
  }

  private Set<Integer> matches(String text) throws IOException {
    Query query = queries.textQuery(text);
    Set<Integer> docs = new TreeSet<>();
    IndexSearcher searcher = SAMPLE.searcher();
    for (ScoreDoc hit : searcher.search(query, searcher.getIndexReader().maxDoc()).scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }

  /** The rules that make their phrases equivalent ("a, b, c"), not the one-way ones ("a => b"). */
  private static List<List<String>> equivalenceRules() throws IOException {
    List<List<String>> rules = new ArrayList<>();
    try (InputStream in = TextAnalyzers.class.getResourceAsStream("synonyms.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#") || line.contains("=>")) {
          continue;
        }
        rules.add(Arrays.stream(line.split(",")).map(String::strip).toList());
      }
    }
    return rules;
  }
}
