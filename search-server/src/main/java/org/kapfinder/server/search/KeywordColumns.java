package org.kapfinder.server.search;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Reads a keyword field's sorted-set doc values into in-memory columns ({@link ProviderColumns}):
 * the field's values across segments, the bit of each segment ordinal, and the bits set for each
 * document, or, for a field of one value, each document's ordinal.
 */
final class KeywordColumns {

  private KeywordColumns() {}

  /** Every value of the field in the index, in the order of its terms. */
  static List<String> labels(IndexReader reader, String field) throws IOException {
    TreeSet<BytesRef> values = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues docValues = DocValues.getSortedSet(leaf.reader(), field);
      for (long ord = 0; ord < docValues.getValueCount(); ord++) {
        values.add(BytesRef.deepCopyOf(docValues.lookupOrd(ord)));
      }
    }
    return values.stream().map(BytesRef::utf8ToString).toList();
  }

  /** The bit of each of the segment's ordinals: {@code firstBit} plus its value's index. */
  static int[] bitsOfOrds(LeafReader reader, String field, List<String> labels, int firstBit)
      throws IOException {
    SortedSetDocValues docValues = DocValues.getSortedSet(reader, field);
    int[] bitOfOrd = new int[Math.toIntExact(docValues.getValueCount())];
    for (int ord = 0; ord < bitOfOrd.length; ord++) {
      bitOfOrd[ord] = firstBit + labels.indexOf(docValues.lookupOrd(ord).utf8ToString());
    }
    return bitOfOrd;
  }

  /**
   * Sets, for each value of each document, the bit {@code bitOfOrd} gives its ordinal, in the
   * document's long: {@code values[stride * (base + doc)]}.
   */
  static void setBits(
      LeafReader reader, String field, int[] bitOfOrd, int base, long[] values, int stride)
      throws IOException {
    SortedSetDocValues docValues = DocValues.getSortedSet(reader, field);
    for (int doc = docValues.nextDoc();
        doc != SortedSetDocValues.NO_MORE_DOCS;
        doc = docValues.nextDoc()) {
      for (int i = 0; i < docValues.docValueCount(); i++) {
        values[stride * (base + doc)] |= 1L << bitOfOrd[(int) docValues.nextOrd()];
      }
    }
  }

  /**
   * Sets each document's ordinal, for a field of one value a document: its value's index in {@code
   * labels} plus one, at {@code ordinals[base + doc]}; documents without one are left alone.
   */
  static void setOrdinals(
      LeafReader reader, String field, List<String> labels, int base, byte[] ordinals)
      throws IOException {
    SortedSetDocValues docValues = DocValues.getSortedSet(reader, field);
    byte[] ordinalOfOrd = new byte[Math.toIntExact(docValues.getValueCount())];
    for (int ord = 0; ord < ordinalOfOrd.length; ord++) {
      ordinalOfOrd[ord] = (byte) (labels.indexOf(docValues.lookupOrd(ord).utf8ToString()) + 1);
    }
    for (int doc = docValues.nextDoc();
        doc != SortedSetDocValues.NO_MORE_DOCS;
        doc = docValues.nextDoc()) {
      ordinals[base + doc] = ordinalOfOrd[(int) docValues.nextOrd()];
    }
  }
}
