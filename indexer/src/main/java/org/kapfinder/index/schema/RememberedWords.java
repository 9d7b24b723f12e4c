package org.kapfinder.index.schema;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs a chain of one-word filters on each word once and remembers what it made of it. A chain
 * whose every filter looks at one word alone (lower-casing, folding, stop words, stemming) always
 * turns the same word into the same term, or drops it, and the words of provider records repeat
 * ("ketamine", "depression", the names of cities): the chain would otherwise take each one apart
 * again every time it occurs. The terms, and the positions a dropped word leaves, are exactly the
 * chain's own.
 *
 * <p>Holds at most {@value #MAX_WORDS} words; words met once it is full go through the chain each
 * time. One instance serves one thread, as the token streams of an analyzer do.
 */
final class RememberedWords extends TokenFilter {

  /** A few megabytes at most; the words of a larger vocabulary are analysed as they come. */
  static final int MAX_WORDS = 100_000;

  /** What a word the chain drops maps to. */
  private static final char[] DROPPED = new char[0];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute positionIncrement =
      addAttribute(PositionIncrementAttribute.class);
  private final CharArrayMap<char[]> remembered = new CharArrayMap<>(1024, false);
  private final OneWord oneWord = new OneWord();
  private final TokenStream chain;
  private final CharTermAttribute chainTerm;
  private final int maxWords;
  private int skippedPositions;

  /**
   * @param chain builds the one-word filters over the stream it is given
   */
  RememberedWords(TokenStream input, UnaryOperator<TokenStream> chain) {
    this(input, chain, MAX_WORDS);
  }

  RememberedWords(TokenStream input, UnaryOperator<TokenStream> chain, int maxWords) {
    super(input);
    this.chain = chain.apply(oneWord);
    this.chainTerm = this.chain.getAttribute(CharTermAttribute.class);
    this.maxWords = maxWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    skippedPositions = 0;
    while (input.incrementToken()) {
      char[] analyzed = remembered.get(term.buffer(), 0, term.length());
      if (analyzed == null) {
        analyzed = analyze();
        if (remembered.size() < maxWords) {
          remembered.put(term.toString(), analyzed);
        }
      }
      if (analyzed == DROPPED) {
        // As a filtering filter does: the next word kept takes up the dropped word's position.
        skippedPositions += positionIncrement.getPositionIncrement();
        continue;
      }
      term.copyBuffer(analyzed, 0, analyzed.length);
      positionIncrement.setPositionIncrement(
          positionIncrement.getPositionIncrement() + skippedPositions);
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    // Words dropped at the end count towards the final position, as a filtering filter's do.
    positionIncrement.setPositionIncrement(
        positionIncrement.getPositionIncrement() + skippedPositions);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    skippedPositions = 0;
  }

  /** The chain's term for the current word, or {@link #DROPPED}. */
  private char[] analyze() throws IOException {
    oneWord.set(term.buffer(), term.length());
    chain.reset();
    char[] analyzed = DROPPED;
    if (chain.incrementToken()) {
      analyzed = new char[chainTerm.length()];
      System.arraycopy(chainTerm.buffer(), 0, analyzed, 0, analyzed.length);
      if (chain.incrementToken()) {
        throw new IllegalStateException("a one-word filter made two terms of \"" + term + "\"");
      }
    }
    chain.end();
    chain.close();
    return analyzed;
  }

  /** The stream of one word that the chain reads. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] word = DROPPED;
    private int length;
    private boolean given;

    void set(char[] buffer, int length) {
      this.word = buffer;
      this.length = length;
    }

    @Override
    public void reset() {
      given = false;
    }

    @Override
    public boolean incrementToken() {
      if (given) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(word, 0, length);
      given = true;
      return true;
    }
  }
}
