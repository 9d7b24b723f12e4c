package org.kapfinder.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class RememberedWordsTest {

  private static final Path CORPUS = Path.of("..", "corpus");

  /** Possessives, case, accents, stop words at either end, stems and words kept whole. */
  private static final List<String> EDGES =
      List.of(
          "The clinic's Café offers CLINICAL care, and the doctors' infusions are effective.",
          "a an the of",
          "Ketamine for the",
          "",
          "Ñandú résumé naïve São Paulo 78701 support@example.org 1-800-273-8255",
          "effective effectiveness clinically clinical clinics clinic's Clinic’s");

  @Test
  void makesTheChainsOwnTermsPositionsAndOffsets() throws IOException {
    UnaryOperator<TokenStream> chain = TextAnalyzers::englishWords;
    List<String> texts = new ArrayList<>(EDGES);
    texts.addAll(corpusTexts());
    assertThat(texts).hasSizeGreaterThan(100);
    for (int maxWords : new int[] {RememberedWords.MAX_WORDS, 10, 0}) {
      // One stream for all the texts, as an analyzer reuses it, so that words are remembered from
      // one text to the next; with room for 10 words or none, most go through the chain anyway.
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream remembered = new RememberedWords(tokenizer, chain, maxWords);
      Tokenizer plainTokenizer = new StandardTokenizer();
      TokenStream plain = chain.apply(plainTokenizer);
      for (String text : texts) {
        tokenizer.setReader(new StringReader(text));
        plainTokenizer.setReader(new StringReader(text));
        assertThat(tokens(remembered))
            .as("%s (room for %d)", text, maxWords)
            .isEqualTo(tokens(plain));
      }
    }
  }

  /** Each token as "term increment start-end", then the end state. */
  private static List<String> tokens(TokenStream stream) throws IOException {
    CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
    PositionIncrementAttribute increment = stream.getAttribute(PositionIncrementAttribute.class);
    OffsetAttribute offset = stream.getAttribute(OffsetAttribute.class);
    List<String> tokens = new ArrayList<>();
    stream.reset();
    while (stream.incrementToken()) {
      tokens.add(
          term
              + " "
              + increment.getPositionIncrement()
              + " "
              + offset.startOffset()
              + "-"
              + offset.endOffset());
    }
    stream.end();
    tokens.add("end " + increment.getPositionIncrement() + " " + offset.endOffset());
    stream.close();
    return tokens;
  }

  /** The bundled articles and the sample providers' lines, each a text of its own. */
  private static List<String> corpusTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> articles = Files.list(CORPUS.resolve("articles"))) {
      for (Path article : articles.sorted().toList()) {
        texts.add(Files.readString(article, StandardCharsets.UTF_8));
      }
    }
    try (Stream<Path> providers = Files.list(CORPUS.resolve("providers"))) {
      for (Path file : providers.sorted().toList()) {
        texts.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }
}
