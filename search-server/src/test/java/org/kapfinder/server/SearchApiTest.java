package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search API's behaviour, end to end: a real server on a free port over the mini corpus. */
class SearchApiTest extends MiniServerTest {

  static final String AUSTIN = "lat=30.2672&lon=-97.7431";
  static final String LOS_ANGELES = "lat=34.0522&lon=-118.2437";

  static JsonObject search(String query) throws Exception {
    return server.search(query);
  }

  static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static List<JsonObject> providers(JsonObject response) {
    List<JsonObject> items = new ArrayList<>();
    for (JsonElement item : response.getAsJsonObject("providers").getAsJsonArray("items")) {
      items.add(item.getAsJsonObject());
    }
    return items;
  }

  static List<String> ids(JsonObject response) {
    return providers(response).stream().map(p -> p.get("id").getAsString()).toList();
  }

  static List<String> strings(JsonObject object, String field) {
    List<String> values = new ArrayList<>();
    JsonElement array = object.get(field);
    if (array != null && array.isJsonArray()) {
      array.getAsJsonArray().forEach(value -> values.add(value.getAsString()));
    }
    return values;
  }

  @Test
  void aStrongTextMatchBeatsASlightlyNearerWeakOne() throws Exception {
    // From this point the weak match ("lotus" once, in prose) is 2.0 mi away, the strong one
    // ("lotus" and "mindfulness" in its name and description) 2.6 mi.
    List<String> ids = ids(search(q("lotus mindfulness") + "&lat=30.40&lon=-97.60"));
    assertThat(ids).contains("lotus-strong", "lotus-weak");
    assertThat(ids.indexOf("lotus-strong")).isLessThan(ids.indexOf("lotus-weak"));
  }

  @Test
  void aNearerProviderBeatsAFartherOneOfEqualRelevance() throws Exception {
    List<String> ids = ids(search(q("ketamine infusion") + "&" + AUSTIN + "&size=50"));
    assertThat(ids.indexOf("austin-downtown-iv")).isLessThan(ids.indexOf("round-rock-iv"));
  }

  @Test
  void telehealthIsShownOnlyWhereLicensedAndNeverWithADistance() throws Exception {
    JsonObject austin = search(q("ketamine") + "&" + AUSTIN + "&size=50");
    JsonObject lone = find(austin, "lone-star-telehealth");
    assertThat(lone.get("distanceMiles").isJsonNull()).isTrue();
    assertThat(strings(lone, "reasons")).contains("telehealth: licensed in TX");
    assertThat(ids(austin)).doesNotContain("pacific-telehealth");

    JsonObject la = search(q("ketamine") + "&" + LOS_ANGELES + "&size=50");
    assertThat(ids(la)).contains("pacific-telehealth").doesNotContain("lone-star-telehealth");
  }

  @Test
  void aClinicWithTelehealthVisitsReachesTheStateOnlyWithATreatmentTakenAtHome() throws Exception {
    String austin25 = q("ketamine") + "&" + AUSTIN + "&size=50&radius=25";
    // Dallas also prescribes sublingual ketamine by telehealth: reachable from Austin.
    assertThat(strings(find(search(austin25), "dallas-hybrid"), "reasons"))
        .contains("telehealth: licensed in TX");
    // El Paso's telehealth is consultations around IV infusions: it is 500 miles away.
    assertThat(ids(search(austin25))).doesNotContain("el-paso-iv-consults");
    // Asking for IV leaves every telehealth route out, Dallas included.
    assertThat(ids(search(austin25 + "&route=iv")))
        .doesNotContain("dallas-hybrid", "lone-star-telehealth");
    assertThat(ids(search(austin25 + "&route=sublingual")))
        .contains("dallas-hybrid", "lone-star-telehealth");
  }

  @Test
  void aMobileProviderIsShownOnlyInsideItsServiceCircle() throws Exception {
    // Hill Country House-Call travels 20 miles from (30.2060, -97.7960); it has no clinic.
    JsonObject inside = search(q("ketamine") + "&lat=30.4813&lon=-97.7960&size=50&radius=10");
    assertThat(strings(find(inside, "austin-mobile-im"), "reasons"))
        .contains("travels to you (within 20 mi)");
    JsonObject outside = search(q("ketamine") + "&lat=30.5103&lon=-97.7960&size=50&radius=10");
    assertThat(ids(outside)).doesNotContain("austin-mobile-im");
    assertThat(ids(search(q("ketamine") + "&" + AUSTIN + "&size=50")))
        .doesNotContain("houston-mobile-im");
  }

  @Test
  void theRadiusWidensWhenTooFewProvidersAreNear() throws Exception {
    String boise = "lat=43.6150&lon=-116.2023";
    JsonObject widened = search(q("ketamine") + "&" + boise + "&size=10");
    assertThat(widened.getAsJsonObject("query").get("radiusMiles").getAsDouble()).isEqualTo(250);
    assertThat(strings(widened.getAsJsonObject("query"), "notices"))
        .anyMatch(notice -> notice.contains("widened to 250 miles"));
    assertThat(widened.getAsJsonObject("query").get("widenedFromMiles").getAsDouble())
        .isEqualTo(25);

    JsonObject enough = search(q("ketamine") + "&" + boise + "&size=1");
    assertThat(enough.getAsJsonObject("query").get("radiusMiles").getAsDouble()).isEqualTo(25);
    assertThat(enough.getAsJsonObject("query").get("widenedFromMiles").isJsonNull()).isTrue();

    JsonObject explicit = search(q("ketamine") + "&" + boise + "&size=10&radius=10");
    assertThat(explicit.getAsJsonObject("query").get("radiusMiles").getAsDouble()).isEqualTo(10);
    assertThat(explicit.getAsJsonObject("query").get("widenedFromMiles").isJsonNull()).isTrue();
    assertThat(strings(explicit.getAsJsonObject("query"), "notices")).isEmpty();
  }

  @Test
  void eachFilterKeepsOnlyMatchingProviders() throws Exception {
    String base = q("ketamine") + "&" + AUSTIN + "&size=50&radius=100";
    for (JsonObject p : providers(search(base + "&route=spravato"))) {
      assertThat(strings(p, "routes")).contains("spravato");
    }
    for (JsonObject p : providers(search(base + "&condition=ptsd"))) {
      assertThat(strings(p, "conditions")).contains("ptsd");
    }
    for (JsonObject p : providers(search(base + "&mode=telehealth"))) {
      assertThat(strings(p, "modes")).contains("telehealth");
    }
    for (JsonObject p : providers(search(base + "&insurance=true"))) {
      assertThat(p.getAsJsonObject("insurance").get("accepted").getAsBoolean()).isTrue();
    }
    for (JsonObject p : providers(search(base + "&maxPrice=300"))) {
      assertThat(p.getAsJsonObject("pricing").get("sessionMinUsd").getAsDouble())
          .isLessThanOrEqualTo(300);
    }
    for (String wanted : List.of("true", "false")) {
      for (JsonObject p : providers(search(base + "&psychotherapy=" + wanted))) {
        assertThat(p.get("psychotherapy").getAsString()).isEqualTo(wanted);
      }
    }
    assertThat(ids(search(base + "&language=es"))).containsExactly("south-congress-kap");
    assertThat(ids(search(base + "&route=spravato"))).containsExactly("north-loop-spravato");
    assertThat(ids(search(base + "&mode=telehealth")))
        .containsExactlyInAnyOrder("lone-star-telehealth", "dallas-hybrid");
  }

  @Test
  void languagesClinicsAndAvailabilityInTheTextAreUnderstood() throws Exception {
    String near = "&" + AUSTIN + "&size=50&radius=100";
    assertThat(ids(search(q("spanish speaking ketamine") + near)))
        .containsExactly("south-congress-kap");
    for (JsonObject p : providers(search(q("ketamine accepting new patients") + near))) {
      assertThat(p.get("acceptingNewPatients").getAsBoolean()).isTrue();
    }
    List<String> psychiatrists = ids(search(q("ketamine psychiatrist") + near));
    assertThat(psychiatrists.get(0)).isEqualTo("south-congress-kap");
  }

  @Test
  void wordsTheSearchDoesNotKnowReorderInsteadOfEmptying() throws Exception {
    // "veterans" is in no record: with a place it must not empty the results.
    JsonObject response = search(q("ketamine for veterans with ptsd in Austin"));
    assertThat(response.getAsJsonObject("providers").get("total").getAsLong()).isPositive();
    assertThat(providers(response).get(0).getAsJsonArray("conditions").toString()).contains("ptsd");
  }

  @Test
  void explicitParametersWinOverWordsInTheText() throws Exception {
    JsonObject response = search(q("IV ketamine") + "&" + AUSTIN + "&route=spravato&size=50");
    assertThat(strings(response.getAsJsonObject("query").getAsJsonObject("interpreted"), "routes"))
        .containsExactly("spravato");
    assertThat(ids(response)).containsExactly("north-loop-spravato");
  }

  @Test
  void facetsAddUpToTheTotal() throws Exception {
    JsonObject response = search(q("ketamine") + "&" + AUSTIN + "&size=5&radius=50");
    long total = response.getAsJsonObject("providers").get("total").getAsLong();
    JsonObject facets = response.getAsJsonObject("facets");
    assertThat(sum(facets.getAsJsonObject("psychotherapy"))).isEqualTo(total);
    assertThat(sum(facets.getAsJsonObject("insurance"))).isEqualTo(total);
    for (Map.Entry<String, JsonElement> route : facets.getAsJsonObject("route").entrySet()) {
      long filtered =
          search(q("ketamine") + "&" + AUSTIN + "&size=5&radius=50&route=" + route.getKey())
              .getAsJsonObject("providers")
              .get("total")
              .getAsLong();
      assertThat(route.getValue().getAsLong()).as(route.getKey()).isEqualTo(filtered);
    }
    long previous = 0;
    for (String band : List.of("5", "10", "25", "50", "100")) {
      long count = facets.getAsJsonObject("distance").get(band).getAsLong();
      assertThat(count).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(total);
      previous = count;
    }
    assertThat(sum(facets.getAsJsonObject("price"))).isLessThanOrEqualTo(total);
  }

  @Test
  void aStateSearchShowsTheStateWithoutARadius() throws Exception {
    JsonObject response = search(q("ketamine in Texas") + "&size=50");
    JsonObject query = response.getAsJsonObject("query");
    assertThat(query.getAsJsonObject("location").get("kind").getAsString()).isEqualTo("state");
    assertThat(query.get("radiusMiles").isJsonNull()).isTrue();
    for (JsonObject p : providers(response)) {
      boolean inTexas =
          !p.get("address").isJsonNull()
              && p.getAsJsonObject("address").get("state").getAsString().equals("TX");
      assertThat(inTexas || strings(p, "servesStates").contains("TX"))
          .as(p.get("id").getAsString())
          .isTrue();
    }
  }

  @Test
  void nearWinsOverAPlaceInTheTextAndTheClientPoint() throws Exception {
    JsonObject response =
        search(
            q("ketamine in Austin")
                + "&"
                + LOS_ANGELES
                + "&near="
                + URLEncoder.encode("Boise, ID", StandardCharsets.UTF_8));
    JsonObject location = response.getAsJsonObject("query").getAsJsonObject("location");
    assertThat(location.get("label").getAsString()).isEqualTo("Boise, ID");
    assertThat(location.get("source").getAsString()).isEqualTo("near");
    assertThat(ids(response)).contains("boise-iv");
  }

  @Test
  void aSecondPlaceIsNamedInANoticeAndLeavesNoWordsToMatch() throws Exception {
    JsonObject query = search(q("ketamine in Austin or Boise")).getAsJsonObject("query");
    assertThat(query.getAsJsonObject("location").get("label").getAsString())
        .isEqualTo("Austin, TX");
    assertThat(query.get("text").getAsString()).isEmpty();
    assertThat(strings(query, "notices"))
        .contains(
            "Showing results near Austin, TX. To see providers near Boise, ID, search for it on"
                + " its own.");

    // Where the searcher named the place to search, the query's places are not used.
    JsonObject near =
        search(
                q("ketamine in Austin or Boise")
                    + "&near="
                    + URLEncoder.encode("Boise, ID", StandardCharsets.UTF_8))
            .getAsJsonObject("query");
    assertThat(near.getAsJsonObject("location").get("label").getAsString()).isEqualTo("Boise, ID");
    assertThat(strings(near, "notices")).noneMatch(notice -> notice.startsWith("Showing results"));
  }

  @Test
  void nearMeWithoutAPointAsksForALocation() throws Exception {
    JsonObject query = search(q("ketamine near me")).getAsJsonObject("query");
    assertThat(query.get("location").isJsonNull()).isTrue();
    assertThat(strings(query, "notices")).anyMatch(notice -> notice.contains("location"));
  }

  @Test
  void careAtHomeWithoutAPlaceSaysThatAPlaceDecidesWhoMayGiveIt() throws Exception {
    for (String ask : List.of(q("at home ketamine"), q("ketamine") + "&mode=telehealth")) {
      assertThat(strings(search(ask).getAsJsonObject("query"), "notices"))
          .as(ask)
          .contains(
              "Add a city or ZIP to see who can treat you there: providers who come to you travel"
                  + " only so far, and telehealth programs treat only in the states they are"
                  + " licensed in.");
    }
    for (String ask :
        List.of(
            q("at home ketamine") + "&" + AUSTIN, q("at home ketamine near me"), q("ketamine"))) {
      assertThat(strings(search(ask).getAsJsonObject("query"), "notices"))
          .as(ask)
          .noneMatch(notice -> notice.startsWith("Add a city or ZIP to see who"));
    }
  }

  @Test
  void wordsNoListingHasSayWhyNothingWasFoundAndHowToFindSomething() throws Exception {
    JsonObject nothing = search(q("ketamine female"));
    assertThat(nothing.getAsJsonObject("providers").get("total").getAsLong()).isZero();
    assertThat(strings(nothing.getAsJsonObject("query"), "notices"))
        .contains(
            "No provider's listing mentions \u201cfemale\u201d. Add a city or ZIP code to see"
                + " providers near you.");

    // With a place the word only reorders, and the searcher learns that it matched nobody there.
    JsonObject near = search(q("ketamine female") + "&" + AUSTIN);
    assertThat(near.getAsJsonObject("providers").get("total").getAsLong()).isPositive();
    assertThat(strings(near.getAsJsonObject("query"), "notices"))
        .containsExactly(
            "None of these providers' listings mentions \u201cfemale\u201d, so it did not narrow"
                + " the results.");

    // Sorted nearest first the word must match, and the empty list says which part emptied it.
    JsonObject nearest = search(q("ketamine female") + "&" + AUSTIN + "&sort=distance");
    assertThat(nearest.getAsJsonObject("providers").get("total").getAsLong()).isZero();
    assertThat(strings(nearest.getAsJsonObject("query"), "notices"))
        .contains(
            "No provider that fits the rest of this search mentions \u201cfemale\u201d in their"
                + " listing.");

    JsonObject matched = search(q("lotus") + "&" + AUSTIN);
    assertThat(strings(matched.getAsJsonObject("query"), "notices"))
        .noneMatch(notice -> notice.contains("lotus"));
  }

  @Test
  void explainAddsAScoreBreakdown() throws Exception {
    JsonObject item = providers(search(q("ketamine") + "&" + AUSTIN + "&explain=true")).get(0);
    assertThat(item.getAsJsonObject("explanation").get("value").getAsDouble())
        .isEqualTo(item.get("score").getAsDouble(), org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void typosStillFindWhatWasMeant() throws Exception {
    JsonObject response = search(q("spravado theraphy in Austin"));
    assertThat(ids(response)).contains("north-loop-spravato");
    assertThat(response.getAsJsonObject("query").get("didYouMean").getAsString())
        .isEqualTo("spravato therapy in Austin");

    // An English word of the same stem as a word the search knows is read as it, not corrected.
    JsonObject addicted = search(q("ketamine for people addicted to alcohol"));
    assertThat(
            strings(addicted.getAsJsonObject("query").getAsJsonObject("interpreted"), "conditions"))
        .containsExactly("substance_use");
    assertThat(addicted.getAsJsonObject("query").get("didYouMean").isJsonNull()).isTrue();
  }

  static long sum(JsonObject counts) {
    long sum = 0;
    for (Map.Entry<String, JsonElement> entry : counts.entrySet()) {
      sum += entry.getValue().getAsLong();
    }
    return sum;
  }

  static JsonObject find(JsonObject response, String id) {
    return providers(response).stream()
        .filter(p -> p.get("id").getAsString().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + ids(response)));
  }
}
