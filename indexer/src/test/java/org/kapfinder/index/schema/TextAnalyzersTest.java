package org.kapfinder.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TextAnalyzersTest {

  @Test
  void clinicalIsNotStemmedToClinic() throws IOException {
    for (Analyzer analyzer :
        List.of(
            TextAnalyzers.forIndexing(),
            TextAnalyzers.englishAsIndexed(),
            TextAnalyzers.forQueries())) {
      assertThat(terms(analyzer, "Clinical trials at clinics, clinically proven"))
          .containsExactly("clinical", "trial", "clinic", "clinically", "proven");
    }
  }

  @Test
  void effectiveIsNotStemmedToEffect() throws IOException {
    assertThat(terms(TextAnalyzers.forIndexing(), "Effective, effectiveness and side effects"))
        .containsExactly("effective", "effectiveness", "side", "effect");
  }

  @Test
  void otherWordsAreStemmedAsBefore() throws IOException {
    assertThat(terms(TextAnalyzers.forIndexing(), "Infusions for depressed patients"))
        .containsExactly("infus", "depress", "patient");
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(ProviderFields.DESCRIPTION, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
