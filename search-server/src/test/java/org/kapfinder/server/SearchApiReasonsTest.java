package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kapfinder.server.SearchApiTest.ids;
import static org.kapfinder.server.SearchApiTest.providers;
import static org.kapfinder.server.SearchApiTest.q;
import static org.kapfinder.server.SearchApiTest.strings;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each item's {@code reasons} says why it is shown, for the asks that do not come with a place: the
 * ways of treating, the clinicians, the languages and new patients.
 */
class SearchApiReasonsTest extends MiniServerTest {

  private static List<String> reasonsOf(JsonObject response, String id) {
    return providers(response).stream()
        .filter(item -> item.get("id").getAsString().equals(id))
        .findFirst()
        .map(item -> strings(item, "reasons"))
        .orElseThrow(() -> new AssertionError(id + " is not among " + ids(response)));
  }

  @Test
  void withoutAPlaceTheWayOfTreatingAskedForIsTheReason() throws Exception {
    JsonObject response = server.search(q("at home ketamine") + "&size=50");
    assertThat(ids(response))
        .containsExactlyInAnyOrder(
            "lone-star-telehealth", "pacific-telehealth", "austin-mobile-im", "houston-mobile-im");
    for (JsonObject item : providers(response)) {
      assertThat(strings(item, "reasons")).containsExactly("treats at home");
    }

    JsonObject telehealth = server.search(q("ketamine") + "&mode=telehealth&size=50");
    assertThat(reasonsOf(telehealth, "dallas-hybrid")).containsExactly("offers telehealth");
  }

  @Test
  void withAPlaceTheReachIsTheReasonNotTheMode() throws Exception {
    JsonObject response = server.search(q("at home ketamine") + "&lat=30.27&lon=-97.74");
    assertThat(reasonsOf(response, "austin-mobile-im")).doesNotContain("treats at home");
    assertThat(reasonsOf(response, "austin-mobile-im").get(0)).startsWith("travels to you");

    // Searched by state there is no searcher's point to be within reach of: the area is said.
    JsonObject texas = server.search(q("at home ketamine in Texas") + "&size=50");
    assertThat(reasonsOf(texas, "austin-mobile-im"))
        .containsExactly("travels to homes within 20 mi of Austin");
  }

  @Test
  void anOfficeBeyondTheRadiusIsNotAReason() throws Exception {
    // The Dallas clinic also treats Texans at home by telehealth, which is why it is shown.
    JsonObject response = server.search(q("ketamine") + "&lat=30.27&lon=-97.74&radius=25&size=50");
    JsonObject dallas =
        providers(response).stream()
            .filter(item -> item.get("id").getAsString().equals("dallas-hybrid"))
            .findFirst()
            .orElseThrow();
    assertThat(dallas.get("distanceMiles").getAsDouble()).isGreaterThan(150);
    assertThat(strings(dallas, "reasons")).containsExactly("telehealth: licensed in TX");

    JsonObject near = server.search(q("ketamine") + "&lat=32.78&lon=-96.80&radius=25&size=50");
    assertThat(reasonsOf(near, "dallas-hybrid").get(0)).endsWith("mi away");

    // Asked for by video, the same clinic nearby is shown for its telehealth; its miles stay.
    JsonObject online =
        server.search(q("online ketamine therapy") + "&lat=32.78&lon=-96.80&size=50");
    JsonObject video =
        providers(online).stream()
            .filter(item -> item.get("id").getAsString().equals("dallas-hybrid"))
            .findFirst()
            .orElseThrow();
    assertThat(video.get("distanceMiles").getAsDouble()).isLessThan(25);
    assertThat(strings(video, "reasons")).containsExactly("telehealth: licensed in TX");
  }

  @Test
  void conditionsAndRoutesReadAsWordsOfTheSentence() throws Exception {
    JsonObject response =
        server.search(q("oral ketamine for chronic pain or depression") + "&size=50");
    assertThat(reasonsOf(response, "lone-star-telehealth"))
        .containsExactly("treats depression", "offers oral ketamine");
    JsonObject trd = server.search(q("spravato for treatment resistant depression") + "&size=50");
    assertThat(reasonsOf(trd, "north-loop-spravato"))
        .containsExactly("treats treatment-resistant depression", "offers Spravato (esketamine)");
    JsonObject ptsd = server.search(q("IV ketamine for PTSD") + "&size=50");
    assertThat(reasonsOf(ptsd, "pflugerville-ptsd"))
        .containsExactly("treats PTSD", "offers IV infusion");
  }

  @Test
  void aSearchWrittenInSpanishIsToldItsReasonsInSpanish() throws Exception {
    JsonObject depression = server.search(q("ketamina sublingual para la depresión") + "&size=50");
    assertThat(reasonsOf(depression, "lone-star-telehealth"))
        .containsExactly("trata la depresión", "ofrece ketamina sublingual");

    JsonObject psychiatrist =
        server.search(q("ketamina con psiquiatra en español") + "&lat=30.27&lon=-97.74");
    List<String> reasons = reasonsOf(psychiatrist, "south-congress-kap");
    assertThat(reasons.get(0)).matches("a \\d+\\.\\d millas");
    assertThat(reasons.subList(1, reasons.size()))
        .containsExactly("equipo: psiquiatra", "habla español");
  }

  @Test
  void cliniciansLanguagesAndNewPatientsAskedForAreReasons() throws Exception {
    JsonObject psychiatrist = server.search(q("ketamine psychiatrist") + "&size=50");
    assertThat(reasonsOf(psychiatrist, "south-congress-kap")).contains("care team: psychiatrist");

    JsonObject spanish = server.search(q("ketamine") + "&language=es&size=50");
    assertThat(ids(spanish)).containsExactly("south-congress-kap");
    assertThat(reasonsOf(spanish, "south-congress-kap")).containsExactly("speaks Spanish");

    JsonObject accepting = server.search(q("ketamine accepting new patients") + "&size=50");
    assertThat(ids(accepting)).contains("austin-downtown-iv", "round-rock-iv");
    for (JsonObject item : providers(accepting)) {
      assertThat(strings(item, "reasons")).containsExactly("accepting new patients");
    }
  }
}
