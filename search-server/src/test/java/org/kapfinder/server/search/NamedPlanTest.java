package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;

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
  void aPlanSomeOfTheProvidersShownListIsCounted() throws Exception {
    SearchResponse response = search("spravato in san diego that takes blue cross");
    List<ProviderItem> items = response.providers().items();
    long listing =
        items.stream()
            .filter(item -> item.insurance() != null)
            .filter(item -> item.insurance().plans().contains("Blue Cross Blue Shield"))
            .count();
    assertThat(listing).isPositive().isLessThan(items.size());
    assertThat(response.query().notices())
        .contains(
            new NoticeTexts(false)
                .somePlanListed(List.of("blue cross blue shield"), (int) listing, items.size()));
    assertThat(new NoticeTexts(false).somePlanListed(List.of("medicare"), 2, 8))
        .startsWith("2 of these 8 providers list Medicare among the plans they take");
  }

  @Test
  void aPlanEveryProviderShownListsIsNotNamed() throws Exception {
    // One provider shown, the first, which lists it.
    SearchResponse one =
        SAMPLE
            .searchService()
            .search(
                SearchRequest.withoutFilters(
                    "ketamine that takes medicare in Austin TX",
                    null,
                    null,
                    null,
                    null,
                    ResultType.ALL,
                    SortOrder.BEST,
                    1,
                    1,
                    false));
    assertThat(one.providers().items().get(0).insurance().plans()).contains("Medicare");
    assertThat(one.query().notices()).noneMatch(notice -> notice.contains("Medicare"));
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
