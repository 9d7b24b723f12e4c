package org.kapfinder.index.schema;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.LZ4WithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * The providers index's codec: Lucene's default, except that the stored records are compressed in
 * chunks of 24 KB instead of 80 KB.
 *
 * <p>A search reads only the ten or so records of its page, and Lucene decompresses a chunk's
 * dictionary and the sub-block that holds a record to read it. With smaller chunks there is less to
 * decompress: at 1,000,000 providers, with the records still stored as JSON, a record took 14 µs to
 * read instead of 24, for stored fields of 452 MiB instead of 333 (the bench's {@code perf
 * records}). Chunks of 2 KB with plain LZ4 were faster still, for an index 1.4 times as large
 * (BENCHMARKS.md).
 *
 * <p>Lucene finds the codec through {@code META-INF/services}, by the name each segment records.
 */
public final class ProviderCodec extends FilterCodec {

  /** The name written in each segment of a providers index. */
  public static final String NAME = "KapFinderProviders912";

  /**
   * Lucene's own compression (LZ4 with a dictionary shared by the chunk's ten sub-blocks), in
   * chunks of 24 KB or 128 records instead of 80 KB or 1,024; Lucene's default index block shift.
   */
  private static final StoredFieldsFormat RECORDS =
      new Lucene90CompressingStoredFieldsFormat(
          "KapFinderRecords", new LZ4WithPresetDictCompressionMode(), 24 * 1024, 128, 10);

  public ProviderCodec() {
    // Not Codec.forName: Lucene forbids looking codecs up while it instantiates them.
    super(NAME, new Lucene912Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return RECORDS;
  }
}
