package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kapfinder.index.schema.ProviderFields;
import org.kapfinder.index.schema.SpellingField;
import org.kapfinder.index.schema.TextAnalyzers;

/** "Did you mean" on a real little index: fixes misspellings, leaves other words alone. */
class SpellingSuggesterTest {

  static Directory providers;
  static Directory articles;
  static DirectoryReader providerReader;
  static DirectoryReader articleReader;

  @BeforeAll
  static void index() throws IOException {
    providers = new ByteBuffersDirectory();
    articles = new ByteBuffersDirectory();
    write(
        providers,
        "Lotus Mindfulness Clinic",
        "Lab tests and meditation before each session with a mentor",
        "Bring friends");
    write(articles, "What a session feels like");
    providerReader = DirectoryReader.open(providers);
    articleReader = DirectoryReader.open(articles);
  }

  @AfterAll
  static void close() throws IOException {
    providerReader.close();
    articleReader.close();
    providers.close();
    articles.close();
  }

  @Test
  void aMisspelledWordBecomesTheWordThatOccurs() throws IOException {
    assertThat(suggest("lotsu mindfulnes")).isEqualTo("lotus mindfulness");
    assertThat(suggest("guided medtaton")).isEqualTo("guided meditation");
  }

  @Test
  void aShortWordTwoEditsFromAnotherIsLeftAlone() throws IOException {
    // "teens" is two edits from "tests": another word, not a misspelling of it.
    assertThat(suggest("ketamine for teens")).isNull();
    assertThat(suggest("mantol")).as("six letters, two edits from mentor").isNull();
    assertThat(suggest("sezzion")).as("seven letters, two edits").isEqualTo("session");
  }

  @Test
  void anEnglishWordTheListingsLackIsLeftAlone() throws IOException {
    // "friendly" is two edits from "friends", within reach at eight letters, but a word of its own.
    assertThat(suggest("lgbtq friendly")).isNull();
    assertThat(suggest("frends")).isEqualTo("friends");
  }

  @Test
  void wordsThatOccurNeedNoSuggestion() throws IOException {
    assertThat(suggest("lotus session")).isNull();
  }

  @Test
  void aWordShorterThanTheDictionarysShortestWouldNeverBeSuggested() throws IOException {
    // The dictionary leaves out words shorter than MIN_WORD_CHARS. Were they written (unanalysed
    // here), none could be suggested: one edit to such a word is below the least similarity, while
    // a word of MIN_WORD_CHARS one edit away is suggested.
    String shortWord = "ocdxyz".substring(0, SpellingField.MIN_WORD_CHARS - 1);
    String longWord = "painkiller".substring(0, SpellingField.MIN_WORD_CHARS);
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        Document doc = new Document();
        doc.add(new StringField(ProviderFields.SPELLING, shortWord, Field.Store.NO));
        doc.add(new StringField(ProviderFields.SPELLING, longWord, Field.Store.NO));
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        SpellingSuggester suggester = new SpellingSuggester();
        assertThat(suggester.suggest(shortWord + "x", reader, articleReader)).isNull();
        assertThat(suggester.suggest(longWord + "x", reader, articleReader)).isEqualTo(longWord);
      }
    }
  }

  private static String suggest(String q) throws IOException {
    return new SpellingSuggester().suggest(q, providerReader, articleReader);
  }

  private static void write(Directory directory, String... texts) throws IOException {
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(TextAnalyzers.forIndexing()))) {
      Document doc = new Document();
      doc.add(SpellingField.of(String.join(" ", texts)));
      writer.addDocument(doc);
    }
  }
}
