package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kapfinder.server.SearchApiTest.ids;
import static org.kapfinder.server.SearchApiTest.q;
import static org.kapfinder.server.SearchApiTest.strings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the search API answers besides providers, end to end: crisis help before anything else, and
 * the articles that answer the question.
 */
class SearchApiCrisisAndArticlesTest extends MiniServerTest {

  static JsonObject search(String query) throws Exception {
    return server.search(query);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ketamine overdose",
        "I took too much ketamine",
        "my friend passed out after ketamine",
        "friend not breathing after k",
        "sobredosis de ketamina"
      })
  void anOverdoseAnswersWithEmergencyAndPoisonHelpFirst(String text) throws Exception {
    JsonObject response = search(q(text));
    assertThat(response.keySet()).first().isEqualTo("crisis");
    JsonObject crisis = response.getAsJsonObject("crisis");
    assertThat(crisis.get("message").getAsString()).containsAnyOf("call 911 now", "llame al 911");
    List<String> phones = new ArrayList<>();
    crisis
        .getAsJsonArray("resources")
        .forEach(r -> phones.add(r.getAsJsonObject().get("phone").getAsString()));
    assertThat(phones).containsExactly("911", "1-800-222-1222");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I want to kill myself",
        "suicidal thoughts ketamine",
        "I want to die",
        "self harm",
        "self-harm help",
        "thinking about suicide",
        "how to stop hurting myself",
        "better off dead",
        "end my life",
        "no reason to live",
        "kms",
        "sucidal thoughts",
        "i dont want to wake up tomorrow",
        "thinking of hanging myself",
        "i cant go on anymore",
        "thinking about ending it all",
        "there is no point in living",
        "i'm going to end it tonight",
        "nobody would miss me",
        "i want to sleep forever",
        "planning to overdose",
        "estaría mejor muerta",
        "i feel like dying",
        "life isn't worth living",
        "i can't do this anymore",
        "thinking of jumping off a bridge",
        "how many pills would kill me",
        "no vale la pena vivir",
        "thinking of ending things",
        "what's the point of living",
        "i just want to disappear",
        "ketamine to die peacefully",
        "how much ketamine is a lethal dose",
        "i feel hopeless",
        "feeling so hopeless tonight",
        "i hate my life",
        "so tired of living",
        "odio mi vida"
      })
  void crisisHelpComesFirstForCrisisSearches(String text) throws Exception {
    JsonObject response = search(q(text));
    assertThat(response.keySet()).first().isEqualTo("crisis");
    JsonObject crisis = response.getAsJsonObject("crisis");
    assertThat(crisis).isNotNull();
    assertThat(crisis.get("message").getAsString()).contains("988");
    JsonArray resources = crisis.getAsJsonArray("resources");
    assertThat(resources.get(0).getAsJsonObject().get("phone").getAsString()).isEqualTo("988");
    assertThat(resources.get(1).getAsJsonObject().get("phone").getAsString()).isEqualTo("911");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'm a veteran and I want to kill myself",
        "army, deployed twice, suicidal",
        "soy veterano y quiero morir"
      })
  void aVeteranInCrisisIsAlsoGivenTheVeteransCrisisLine(String text) throws Exception {
    JsonObject crisis = search(q(text)).getAsJsonObject("crisis");
    assertThat(crisis.get("message").getAsString()).contains("988", "838255");
    JsonArray resources = crisis.getAsJsonArray("resources");
    assertThat(resources).hasSize(3);
    assertThat(resources.get(0).getAsJsonObject().get("phone").getAsString()).isEqualTo("988");
    JsonObject veterans = resources.get(1).getAsJsonObject();
    assertThat(veterans.get("name").getAsString()).startsWith("Veterans Crisis Line");
    assertThat(veterans.get("text").getAsString()).isEqualTo("838255");
    assertThat(resources.get(2).getAsJsonObject().get("phone").getAsString()).isEqualTo("911");
  }

  @Test
  void aSearchWrittenInSpanishIsGivenHelpInSpanish() throws Exception {
    assertThat(message(search(q("quiero morir"))))
        .startsWith("Si está pensando en el suicidio")
        .contains("marque 2", "AYUDA");
    assertThat(message(search(q("sobredosis de ketamina"))))
        .startsWith("Si alguien tomó demasiada ketamina");
    assertThat(message(search(q("soy veterano y quiero morir"))))
        .contains("Línea de Crisis para Veteranos");
    assertThat(message(search(q("I want to die")))).startsWith("If you are thinking");
    assertThat(message(search(q("I'm a veteran and I want to die"))))
        .contains("dial 988 and press 1");
  }

  private static String message(JsonObject response) {
    return response.getAsJsonObject("crisis").get("message").getAsString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"self harm", "I want to die", "quiero morir", "suicidal"})
  void aCrisisSearchIsNotToldThatNoListingMentionsItsWords(String text) throws Exception {
    JsonObject response = search(q(text));
    assertThat(response.get("crisis").isJsonNull()).isFalse();
    assertThat(response.getAsJsonObject("providers").get("total").getAsLong()).isZero();
    assertThat(strings(response.getAsJsonObject("query"), "notices"))
        .noneMatch(notice -> notice.contains("listing mentions") || notice.contains("menciona"));
  }

  @Test
  void aCrisisOrOverdoseSearchOfWordsAloneListsNoProvidersButOneAskingForCareFindsThem()
      throws Exception {
    // "lake" is in the names of two providers of the mini corpus: as any other search of words,
    // this one would list them.
    JsonObject wordsAlone = search(q("I want to end it all at the lake"));
    assertThat(wordsAlone.get("crisis").isJsonNull()).isFalse();
    assertThat(wordsAlone.getAsJsonObject("providers").get("total").getAsLong()).isZero();
    assertThat(ids(search(q("lake")))).hasSize(2);
    JsonObject overdose = search(q("my friend passed out by the lake"));
    assertThat(overdose.get("crisis").isJsonNull()).isFalse();
    assertThat(overdose.getAsJsonObject("providers").get("total").getAsLong()).isZero();

    JsonObject askingForCare = search(q("suicidal thoughts, is IV ketamine an option in Austin"));
    assertThat(askingForCare.get("crisis").isJsonNull()).isFalse();
    assertThat(ids(askingForCare)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ketamine for depression",
        "IV ketamine for PTSD in Austin TX",
        "spravato clinic that takes insurance",
        "how much does ketamine therapy cost",
        "ketamine side effects",
        "at home ketamine",
        "ketamine for chronic pain",
        "thinking about ketamine therapy",
        "ketamine for grief after a loss",
        "killer prices on ketamine",
        "take my life back from depression",
        "can't go on a plane without panic attacks",
        "ketamine overdose risk",
        "ketamine for sleep problems",
        "going to end ketamine treatment",
        "is ketamine therapy worth it",
        "ketamine for dying patients at home",
        "can ketamine jump start recovery",
        "ketamine for veterans",
        "ketamine for teens",
        "ketamine dose for depression",
        "ketamine for hopelessness in depression"
      })
  void ordinarySearchesNeverSignalCrisis(String text) throws Exception {
    assertThat(search(q(text)).get("crisis").isJsonNull()).isTrue();
  }

  @Test
  void typeSelectsTheLists() throws Exception {
    JsonObject providersOnly = search(q("ketamine") + "&type=providers");
    assertThat(providersOnly.getAsJsonObject("articles").get("total").getAsLong()).isZero();
    JsonObject articlesOnly = search(q("ketamine") + "&type=articles");
    assertThat(articlesOnly.getAsJsonObject("providers").get("total").getAsLong()).isZero();
    assertThat(articlesOnly.getAsJsonObject("articles").get("total").getAsLong()).isPositive();
  }

  @Test
  void wordsNoArticleHasLeaveThePlacesArticles() throws Exception {
    JsonObject response = search(q("ketamine qwzx in Austin") + "&type=articles");
    assertThat(response.getAsJsonObject("query").get("text").getAsString()).isEqualTo("qwzx");
    assertThat(articleIds(response)).first().isEqualTo("ketamine-therapy-austin");
    // Without a place there is nothing to fall back on.
    assertThat(articleIds(search(q("ketamine qwzx") + "&type=articles"))).isEmpty();
  }

  @Test
  void theGeneralQuestionIsAnsweredByTheIntroductionNotByOtherTherapies() throws Exception {
    for (String question : List.of("ketamine therapy", "what is ketamine therapy")) {
      List<String> articles = articleIds(search(q(question) + "&type=articles"));
      assertThat(articles.get(0)).as(question).isEqualTo("what-is-kap");
      assertThat(articles.indexOf("psilocybin-therapy"))
          .as(question)
          .isGreaterThan(articles.indexOf("ketamine-therapy-austin"));
    }
    // Named, the other therapy comes first.
    assertThat(articleIds(search(q("psilocybin therapy") + "&type=articles")).get(0))
        .isEqualTo("psilocybin-therapy");
  }

  private static List<String> articleIds(JsonObject response) {
    List<String> ids = new ArrayList<>();
    for (JsonElement item : response.getAsJsonObject("articles").getAsJsonArray("items")) {
      ids.add(item.getAsJsonObject().get("id").getAsString());
    }
    return ids;
  }

  @Test
  void articleSnippetsArePlainTextWithHighlightOffsets() throws Exception {
    JsonObject response = search(q("ketamine for PTSD") + "&type=articles");
    JsonObject first =
        response.getAsJsonObject("articles").getAsJsonArray("items").get(0).getAsJsonObject();
    assertThat(first.get("id").getAsString()).isEqualTo("ketamine-for-ptsd");
    String snippet = first.get("snippet").getAsString();
    JsonArray marks = first.getAsJsonArray("snippetHighlights");
    assertThat(marks.size()).isPositive();
    for (JsonElement mark : marks) {
      int start = mark.getAsJsonArray().get(0).getAsInt();
      int end = mark.getAsJsonArray().get(1).getAsInt();
      assertThat(snippet.substring(start, end).toLowerCase(java.util.Locale.ROOT))
          .isIn("ptsd", "ketamine", "post", "traumatic", "stress", "disorder", "trauma");
    }
  }
}
