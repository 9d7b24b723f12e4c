package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus, where no provider lists Kaiser: a search naming a plan that none of the
 * providers shown lists says so, and one whose providers list it does not.
 */
class NamedPlanTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @Test
  void aPlanNoProviderShownListsIsNamedInANotice() throws Exception {
    SearchResponse response = search("ketamine that takes kaiser in Austin TX");
    assertThat(response.providers().items())
        .isNotEmpty()
        .allSatisfy(item -> assertThat(item.insurance().accepted()).isTrue())
        .allSatisfy(item -> assertThat(item.insurance().plans()).doesNotContain("Kaiser"));
    String notice = new NoticeTexts(false).noPlanListed(List.of("kaiser"));
    assertThat(notice).startsWith("None of these providers lists Kaiser among");
    assertThat(response.query().notices()).contains(notice);
  }

  @Test
  void aSpanishSearchIsToldInSpanish() throws Exception {
    SearchResponse response = search("ketamina que acepte kaiser en Austin TX");
    assertThat(response.query().notices())
        .contains(new NoticeTexts(true).noPlanListed(List.of("kaiser")));
  }

  @Test
  void aPlanTheProvidersShownListIsNotNamed() throws Exception {
    SearchResponse response = search("ketamine that takes medicare in Austin TX");
    assertThat(response.providers().items().get(0).insurance().plans()).contains("Medicare");
    assertThat(response.query().notices()).noneMatch(notice -> notice.contains("Medicare"));
  }

  @Test
  void aStatesNameForItsMedicaidProgramAndAMisspellingAreMedicaid() throws Exception {
    for (String q :
        List.of(
            "spravato covered by medi-cal in Fresno", "ketamine masshealth", "ketamine medicade")) {
      SearchResponse response = search(q);
      assertThat(response.query().interpreted().insurancePlans()).as(q).containsExactly("medicaid");
      assertThat(response.query().text()).as(q).isEmpty();
    }
    // "Medical" is a word, not Medi-Cal.
    assertThat(search("ketamine medical clinic").query().interpreted().insurancePlans()).isEmpty();
  }

  @Test
  void plansAreNamedAsTheyAreWritten() {
    assertThat(new NoticeTexts(false).noPlanListed(List.of("blue cross blue shield", "champva")))
        .startsWith("None of these providers lists Blue Cross Blue Shield or CHAMPVA among");
  }

  private static SearchResponse search(String q) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(q, null, null));
  }
}
