package org.kapfinder.index.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.index.corpus.Provider;
import org.kapfinder.index.corpus.ProviderRecordFormat;
import org.kapfinder.index.schema.IndexLayout;
import org.kapfinder.index.schema.ProviderFields;

/** The CSV form and the JSON Lines form of the same records build the same providers index. */
class CsvAndJsonLinesTest {

  @TempDir Path temp;

  @Test
  void bothFormsGiveTheSameIndex() throws Exception {
    Path fromJson = build("valid-providers.jsonl");
    Path fromCsv = build("valid-providers.csv");
    assertThat(sources(fromCsv)).isEqualTo(sources(fromJson)).hasSizeGreaterThan(5);
    assertThat(terms(fromCsv)).isEqualTo(terms(fromJson));
  }

  private Path build(String file) throws IOException {
    Path corpus = temp.resolve(file + "-corpus");
    Files.createDirectories(corpus.resolve("providers"));
    Files.copy(
        TestCorpora.BUNDLED.resolve("fixtures").resolve(file),
        corpus.resolve("providers").resolve(file));
    return TestIndexes.build(corpus, temp.resolve(file + "-index")).resolve(IndexLayout.PROVIDERS);
  }

  /** Each document's stored record, by id. */
  private static Map<String, Provider> sources(Path dir) throws IOException {
    Map<String, Provider> sources = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        var stored = reader.storedFields().document(doc);
        sources.put(stored.get(ProviderFields.ID), ProviderRecordFormat.read(stored));
      }
    }
    return sources;
  }

  /** Every indexed term of every field, with its document frequency. */
  private static Map<String, List<String>> terms(Path dir) throws IOException {
    Map<String, List<String>> all = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      for (FieldInfo field : FieldInfos.getMergedFieldInfos(reader)) {
        Terms terms = MultiTerms.getTerms(reader, field.name);
        if (terms == null) {
          continue;
        }
        List<String> values = new ArrayList<>();
        TermsEnum iterator = terms.iterator();
        while (iterator.next() != null) {
          values.add(iterator.term().toString() + ":" + iterator.docFreq());
        }
        all.put(field.name, values);
      }
    }
    return all;
  }
}
