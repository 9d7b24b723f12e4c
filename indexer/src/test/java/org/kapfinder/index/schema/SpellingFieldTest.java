package org.kapfinder.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The spelling field keeps what "did you mean" reads (the words long enough to be corrected or
 * suggested, and how many documents hold each) and nothing more.
 */
class SpellingFieldTest {

  @Test
  void wordsAreCountedPerDocumentWithoutPositionsOrNorms() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(TextAnalyzers.forIndexing()))) {
        writer.addDocument(
            spelling("Ketamine infusions for depression, with depression and anxiety"));
        writer.addDocument(spelling("Ketamine-assisted therapy"));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.docFreq(new Term(ProviderFields.SPELLING, "ketamine"))).isEqualTo(2);
        assertThat(reader.docFreq(new Term(ProviderFields.SPELLING, "depression"))).isEqualTo(1);
        // Plain words: neither stemmed nor stripped of stop words...
        assertThat(reader.docFreq(new Term(ProviderFields.SPELLING, "infusions"))).isEqualTo(1);
        assertThat(reader.docFreq(new Term(ProviderFields.SPELLING, "with"))).isEqualTo(1);
        // ...but none shorter than "did you mean" reads.
        assertThat(reader.docFreq(new Term(ProviderFields.SPELLING, "for"))).isZero();
        assertThat(reader.docFreq(new Term(ProviderFields.SPELLING, "and"))).isZero();

        FieldInfo field = FieldInfos.getMergedFieldInfos(reader).fieldInfo(ProviderFields.SPELLING);
        assertThat(field.getIndexOptions()).isEqualTo(IndexOptions.DOCS);
        assertThat(field.hasNorms()).isFalse();
      }
    }
  }

  private static Document spelling(String text) {
    Document doc = new Document();
    doc.add(SpellingField.of(text));
    return doc;
  }
}
