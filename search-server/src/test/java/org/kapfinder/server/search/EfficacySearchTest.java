package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On the bundled corpus: whether ketamine works is answered with the evidence, and "work" in other
 * senses is not taken for that question.
 */
class EfficacySearchTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @ParameterizedTest
  @CsvSource({
    "does ketamine work, ketamine-evidence-by-condition",
    "does ketamine really work, ketamine-evidence-by-condition",
    "does ketamin work, ketamine-evidence-by-condition",
    "funciona la ketamina, ketamine-evidence-by-condition",
    "does ketamine work for ptsd, ketamine-for-ptsd",
    // "Effective" is not stemmed to "effect", which led with the article on side effects.
    "is ketamine effective, ketamine-evidence-by-condition",
    "ketamine success rate, ketamine-evidence-by-condition"
  })
  void theQuestionWhetherItWorksLeadsWithTheEvidence(String q, String article) throws Exception {
    assertThat(SAMPLE.articleIds(q).get(0)).isEqualTo(article);
  }

  @ParameterizedTest
  @CsvSource({
    "can i work after ketamine, ketamine-practical-questions",
    "ketamine side effects, ketamine-side-effects-and-risks"
  })
  void otherSensesKeepTheirAnswers(String q, String article) throws Exception {
    assertThat(SAMPLE.articleIds(q).subList(0, 2)).contains(article);
  }
}
