package org.kapfinder.index.schema;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The "did you mean" dictionary ({@link ProviderFields#SPELLING}), written the same way into the
 * providers and the articles index and analysed as plain words ({@link TextAnalyzers}).
 *
 * <p>Suggestions only ask which words occur and in how many documents (Lucene's {@code
 * DirectSpellChecker} reads the terms and their document frequencies), so the field keeps neither
 * term frequencies, positions nor norms. It is the largest text field of a provider (name and
 * description, stop words included), and writing positions for it cost a sizeable share of a build.
 */
public final class SpellingField {

  /**
   * The shortest word the dictionary holds. "Did you mean" corrects only words of this length or
   * more, and at its least similarity (0.7: one minus edits over the shorter word's length) never
   * suggests a shorter word, so shorter ones ("a", "and", "the", about a quarter of a description's
   * words) would be written for nothing.
   */
  public static final int MIN_WORD_CHARS = 4;

  /** Indexed words with their documents; nothing stored. */
  public static final FieldType TYPE = newType();

  private SpellingField() {}

  /** The spelling field for a document whose plain text is {@code text}. */
  public static Field of(String text) {
    return new Field(ProviderFields.SPELLING, text, TYPE);
  }

  private static FieldType newType() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }
}
