package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kapfinder.server.query.SearchRequest;

/**
 * On the bundled corpus: how a search in crisis or signalling an overdose is answered besides its
 * help: to whom the help speaks, which providers and articles follow it, and which notices do not.
 */
class CrisisAnswersTest {

  @RegisterExtension static final SampleIndex SAMPLE = new SampleIndex();

  @Test
  void helpForSomeoneElsesCrisisSpeaksToTheOneWhoWorries() throws Exception {
    assertThat(searchInAustin("my husband wants to kill himself").crisis().message())
        .isEqualTo(CrisisHelp.CRISIS_MESSAGE_FOR_ANOTHER);
    assertThat(searchInAustin("mi hija quiere morir").crisis().message())
        .isEqualTo(CrisisHelp.CRISIS_MESSAGE_FOR_ANOTHER_SPANISH);
    assertThat(searchInAustin("i want to die").crisis().message())
        .isEqualTo(CrisisHelp.CRISIS_MESSAGE);
  }

  @Test
  void aSpanishSearchInCrisisIsToldInSpanishWithoutTheLanguageTip() throws Exception {
    SearchResponse response = searchInAustin("mi hijo quiere suicidarse");
    assertThat(response.crisis().message())
        .isEqualTo(CrisisHelp.CRISIS_MESSAGE_FOR_ANOTHER_SPANISH);
    assertThat(response.query().notices()).doesNotContain(NoticeTexts.SPANISH_SPEAKERS);
  }

  @Test
  void despairInSpanishWordsAloneIsToldInSpanish() throws Exception {
    assertThat(searchInAustin("me siento sin esperanza").crisis().message())
        .isEqualTo(CrisisHelp.CRISIS_MESSAGE_SPANISH);
  }

  @Test
  void aQuestionOfWhetherAnOverdoseCanHappenIsAnsweredByTheArticleOnRisks() throws Exception {
    SearchResponse response = searchInAustin("can you overdose on spravato");
    assertThat(response.crisis()).isNull();
    assertThat(response.articles().items().get(0).id())
        .isEqualTo("ketamine-side-effects-and-risks");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i want to kill myself",
        "i took too much ketamine",
        "988",
        "i took all my pills",
        "ive been stockpiling pills"
      })
  void theDevicesPointAloneListsNoProviders(String text) throws Exception {
    SearchResponse response = searchInAustin(text);
    assertThat(response.crisis()).isNotNull();
    assertThat(response.providers().total()).isZero();
  }

  @Test
  void aPlaceOrConditionAskedForStillFindsProviders() throws Exception {
    assertThat(searchInAustin("i feel hopeless, ketamine for depression").providers().total())
        .isPositive();
    assertThat(
            SAMPLE
                .searchService()
                .search(SearchRequest.ofText("i feel hopeless ketamine in austin", null, null))
                .providers()
                .total())
        .isPositive();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i took too much ketamine",
        "ketamine overdose",
        "friend took ketamine and wont wake up"
      })
  void anOverdoseLeadsWithTheArticleOnWhatTooMuchDoes(String text) throws Exception {
    assertThat(searchInAustin(text).articles().items())
        .first()
        .satisfies(first -> assertThat(first.id()).isEqualTo("ketamine-side-effects-and-risks"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"i want to die", "i give up", "whats the point", "hopeless"})
  void crisisWordsTypedInThePlaceBoxAreAnsweredWithHelpNotAnError(String near) throws Exception {
    SearchResponse response =
        SAMPLE
            .searchService()
            .search(
                SearchRequest.withoutFilters(
                    "ketamine",
                    null,
                    null,
                    near,
                    null,
                    SearchRequest.ResultType.ALL,
                    SearchRequest.SortOrder.BEST,
                    1,
                    10,
                    false));
    assertThat(response.crisis()).isNotNull();
    assertThat(response.query().q()).isEqualTo(near);
    assertThat(response.query().location()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"i want to hurt someone", "intrusive thoughts of harming my baby", "homicidal"})
  void oneWhoMayHarmSomeoneIsToldThatTheLifelineHelpsWithThatToo(String text) throws Exception {
    SearchResponse response = searchInAustin(text);
    assertThat(response.crisis().message()).isEqualTo(CrisisHelp.HARM_TO_OTHERS_MESSAGE);
    assertThat(response.crisis().resources())
        .extracting(SearchResponse.CrisisResource::phone)
        .containsExactly("988", "911");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my ex said he will kill me",
        "my partner is choking me",
        "i am not safe at home",
        "my son said he wants to kill us"
      })
  void oneWhomSomeoneThreatensIsGiven911AndTheDomesticViolenceHotline(String text)
      throws Exception {
    SearchResponse response = searchInAustin(text);
    assertThat(response.crisis().message()).isEqualTo(CrisisHelp.THREATENED_MESSAGE);
    assertThat(response.crisis().resources())
        .extracting(SearchResponse.CrisisResource::phone)
        .startsWith("911", "1-800-799-7233");
    // "at home" asks for no provider who treats at home.
    assertThat(response.providers().total()).isZero();
  }

  @Test
  void aWayOfSpeakingIsNoThreat() throws Exception {
    assertThat(searchInAustin("my mom would kill me if she found out i'm doing ketamine").crisis())
        .isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"i took 40 of my pills to die", "i swallowed all my pills to end it"})
  void pillsTakenToDieAreGiven911ThenTheLifelineAndPoisonControl(String text) throws Exception {
    SearchResponse response = searchInAustin(text);
    assertThat(response.crisis().resources())
        .extracting(SearchResponse.CrisisResource::phone)
        .containsExactly("911", "988", "1-800-222-1222");
    assertThat(response.crisis().message()).contains("Poison Control");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "how many troches to die",
        "how many ketamine troches would kill me",
        "troches would it take"
      })
  void aSearchForTheMeansListsNoProviderOfThemAndOnlyTheArticlesOfHelp(String text)
      throws Exception {
    SearchResponse response =
        SAMPLE.searchService().search(SearchRequest.ofText(text + " in austin", null, null));
    assertThat(response.crisis()).isNotNull();
    assertThat(response.providers().total()).isZero();
    assertThat(response.articles().items())
        .extracting(ArticleItem::id)
        .doesNotContain("oral-and-sublingual-ketamine");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ketamine for ptsd after my ex threatened to kill me",
        "my son died of an overdose ketamine for grief",
        "i cant move my neck since the car accident ketamine for chronic pain",
        "ive taken all my meds as prescribed and still depressed"
      })
  void pastHarmOrATreatmentsHistoryStillFindsProviders(String text) throws Exception {
    assertThat(searchInAustin(text + " in austin").providers().total()).as(text).isPositive();
  }

  @Test
  void anEmergencyCarriesNoNoticeOfAgeOrTheLaw() throws Exception {
    assertThat(searchInAustin("my kid ate my troches").query().notices()).isEmpty();
    assertThat(searchInAustin("my friend is in a k hole and wont respond").query().notices())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "depression not responding to ssris ketamine",
        "i cant wake up in the morning depression",
        "these prices just kill me",
        "how many mg of ketamine to kill the pain",
        "does life insurance cover ketamine"
      })
  void treatmentWordsThatSoundLikeAnEmergencyAreNone(String text) throws Exception {
    assertThat(searchInAustin(text).crisis()).isNull();
  }

  @Test
  void lifeInsuranceAndRightNowAskForNothingInACrisis() throws Exception {
    SearchResponse response = searchInAustin("i want to die rn");
    assertThat(response.crisis()).isNotNull();
    assertThat(response.query().interpreted().clinicians()).isEmpty();
    assertThat(
            searchInAustin("will my family get life insurance if i kill myself")
                .providers()
                .total())
        .isZero();
  }

  private static SearchResponse searchInAustin(String text) throws Exception {
    return SAMPLE.searchService().search(SearchRequest.ofText(text, 30.27, -97.74));
  }
}
