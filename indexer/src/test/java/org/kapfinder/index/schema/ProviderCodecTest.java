package org.kapfinder.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderCodecTest {

  @Test
  void luceneFindsTheCodecByTheNameItWritesInEachSegment() {
    assertThat(Codec.forName(ProviderCodec.NAME)).isInstanceOf(ProviderCodec.class);
  }

  @Test
  void recordsOfEverySizeReadBackIntactInAnyOrder(@TempDir Path dir) throws Exception {
    // Records from a few bytes to several times the 2 KB chunk, which Lucene writes in slices.
    Random random = new Random(42);
    List<String> records = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      records.add(
          record(random, i % 50 == 0 ? 5_000 + random.nextInt(20_000) : random.nextInt(3_000)));
    }
    try (Directory directory = FSDirectory.open(dir)) {
      IndexWriterConfig config = new IndexWriterConfig().setCodec(new ProviderCodec());
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (String record : records) {
          Document doc = new Document();
          doc.add(new StoredField(ProviderFields.SOURCE, record));
          writer.addDocument(doc);
        }
        writer.forceMerge(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          Codec codec = ((SegmentReader) leaf.reader()).getSegmentInfo().info.getCodec();
          assertThat(codec.getName()).isEqualTo(ProviderCodec.NAME);
        }
        StoredFields stored = reader.storedFields();
        for (int i = 0; i < 2_000; i++) {
          int doc = random.nextInt(records.size());
          assertThat(stored.document(doc).get(ProviderFields.SOURCE)).isEqualTo(records.get(doc));
        }
      }
    }
  }

  /** Text that compresses about as a record does: words drawn from a small vocabulary. */
  private static String record(Random random, int length) {
    String[] words = {"ketamine", "therapy", "{\"id\":", "PTSD", "é", "侧", "\"routes\":[", "iv"};
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(words[random.nextInt(words.length)]).append(' ');
    }
    return text.toString();
  }
}
