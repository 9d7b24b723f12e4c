package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On the bundled corpus: a search that names an effect of ketamine is answered first by the article
 * on side effects and risks, which may say the word once, where other articles say it in passing;
 * one that asks whether ketamine suits the searcher, by the article on who should not take it; one
 * that gives an age, by the article for that time of life; one about spreading the cost, by the
 * article on cost.
 */
class ArticleTopicsSearchTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  private static final String SIDE_EFFECTS = "ketamine-side-effects-and-risks";
  private static final String WHO_SHOULD_NOT = "who-should-not-do-ketamine-therapy";

  @ParameterizedTest
  @CsvSource({
    "ketamine nausea, " + SIDE_EFFECTS,
    "ketamine bladder damage, " + SIDE_EFFECTS,
    "ketamine hallucinations, " + SIDE_EFFECTS,
    "ketamine brain damage, " + SIDE_EFFECTS,
    "ketamine heart rate, " + SIDE_EFFECTS,
    "efectos secundarios de la ketamina, " + SIDE_EFFECTS,
    "how do i know if im a candidate for ketamine, " + WHO_SHOULD_NOT,
    "am i eligible for ketamine therapy, " + WHO_SHOULD_NOT,
    "is ketamine right for me, " + WHO_SHOULD_NOT,
    "ketamine for a 70 year old, ketamine-for-older-adults",
    "my 16 year old son has depression, ketamine-for-teens-and-young-adults",
    "ketamine uti, " + SIDE_EFFECTS,
    "ketamine and weed, ketamine-medication-interactions",
    "can i drink alcohol after ketamine, ketamine-medication-interactions",
    "spravato and alcohol, ketamine-medication-interactions",
    "how long after ketamine can i drink alcohol, ketamine-medication-interactions",
    "puedo manejar despues de ketamina, ketamine-practical-questions",
    "ketamine for first responders, ketamine-for-ptsd",
    "ketamine payment plans, ketamine-therapy-cost",
    "does ketamine clinic offer financing, ketamine-therapy-cost",
    // Questions whose key word is not the articles': asked about a loss, medicines, a benefit
    // that fades, trust in a clinic, worth, treatments that failed, a serious illness.
    "my husband died can ketamine help, ketamine-and-grief",
    "should i stop my meds before ketamine, ketamine-medication-interactions",
    "what if ketamine doesnt work for me, how-many-ketamine-sessions",
    "how do i know a ketamine clinic is safe, how-to-choose-a-ketamine-provider",
    "is ketamine worth the money, ketamine-therapy-cost",
    "tried 5 antidepressants nothing works, ketamine-for-treatment-resistant-depression",
    "ketamine for cancer patients, ketamine-for-end-of-life-distress",
    // The article mainly about a condition before one about a form of it.
    "ketamine for depression, ketamine-for-depression",
    "ketamine for depresion, ketamine-for-depression",
    // In Spanish, whose words no article has.
    "el seguro cubre la ketamina, does-insurance-cover-ketamine-therapy",
    "que se siente la ketamina, what-a-ketamine-session-feels-like",
    "ketamina y antidepresivos, ketamine-medication-interactions",
    "ketamina sale en prueba de drogas, ketamine-practical-questions",
    // A condition that is also a risk asks about the condition.
    "ketamine for bipolar mania, ketamine-for-bipolar-depression"
  })
  void theFirstArticle(String q, String article) throws Exception {
    assertThat(SAMPLE.articleIds(q).get(0)).isEqualTo(article);
  }

  /** Paying from a health savings or flexible spending account is a question of cost. */
  @Test
  void anAccountToPayFromFindsTheArticlesOnCostAndInsurance() throws Exception {
    assertThat(SAMPLE.articleIds("can i use my fsa for ketamine").subList(0, 3))
        .contains("ketamine-therapy-cost", "does-insurance-cover-ketamine-therapy");
  }

  /** The effect named, not the words "side effects", decides what comes after. */
  @ParameterizedTest
  @CsvSource({"ketamine nausea, what-a-ketamine-session-feels-like"})
  void anArticleThatNamesTheEffectComesNext(String q, String article) throws Exception {
    assertThat(SAMPLE.articleIds(q).subList(1, 3)).contains(article);
  }
}
