package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: a search for ketamine outside medical care is told who KAP Finder lists,
 * and answered with the article on ketamine and substance use; with nothing to treat named, with no
 * providers.
 */
class NonMedicalUseSearchTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @Test
  void ketamineSoughtOutsideMedicalCareIsToldWhoIsListed() throws Exception {
    for (String q : List.of("buy ketamine online", "k hole", "ketamine without prescription")) {
      assertThat(notices(q))
          .as(q)
          .anyMatch(notice -> notice.startsWith("Ketamine is a prescription medicine"));
      assertThat(SAMPLE.articleIds(q)).as(q).first().isEqualTo("ketamine-and-substance-use");
    }
    assertThat(notices("comprar ketamina"))
        .anyMatch(notice -> notice.startsWith("La ketamina es un medicamento con receta"));
  }

  @Test
  void aSearchForTreatmentIsNotToldSo() throws Exception {
    for (String q : List.of("ketamine for depression", "ketamine troches online")) {
      assertThat(notices(q)).as(q).noneMatch(notice -> notice.contains("prescription medicine"));
    }
    assertThat(SAMPLE.articleIds("ketamine troches online"))
        .first()
        .isNotEqualTo("ketamine-and-substance-use");
  }

  @Test
  void theDrugSoughtWithNothingToTreatListsNoProviders() throws Exception {
    for (String q :
        List.of(
            "buy ketamine online",
            "ketamine pills online without prescription",
            "ketamine for sale near me")) {
      assertThat(providersInAustin(q)).as(q).isZero();
    }
    // What the treatment is for, named, is care sought: the prescribers are listed.
    assertThat(providersInAustin("ketamine without prescription for depression")).isPositive();
    assertThat(providersInAustin("ketamine troches online")).isPositive();
  }

  private static long providersInAustin(String q) throws Exception {
    return SAMPLE
        .searchService()
        .search(SearchRequest.ofText(q, 30.27, -97.74))
        .providers()
        .total();
  }

  private static List<String> notices(String q) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(q, null, null)).query().notices();
  }
}
