package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kapfinder.server.MiniServer;
import org.kapfinder.server.TestServer;

/** {@code GET /api/v1/suggest} over real HTTP and the mini corpus's index. */
@ExtendWith(MiniServer.class)
class SuggestEndpointTest {

  static TestServer server;

  @BeforeAll
  static void start(TestServer shared) {
    server = shared;
  }

  static List<String> texts(JsonObject response, String kind) {
    List<String> texts = new ArrayList<>();
    for (JsonElement element : response.getAsJsonArray("suggestions")) {
      JsonObject suggestion = element.getAsJsonObject();
      if (kind == null || suggestion.get("kind").getAsString().equals(kind)) {
        texts.add(suggestion.get("text").getAsString());
      }
    }
    return texts;
  }

  @Test
  void providerNamesMatchByTheStartOfAnyWord() throws Exception {
    JsonObject response = server.getJson("/api/v1/suggest?q=lady+bi");
    assertThat(response.get("q").getAsString()).isEqualTo("lady bi");
    JsonObject first = response.getAsJsonArray("suggestions").get(0).getAsJsonObject();
    assertThat(first.get("text").getAsString()).isEqualTo("Lady Bird Lake Infusion Center");
    assertThat(first.get("kind").getAsString()).isEqualTo("provider");
    assertThat(first.get("value").getAsString()).isEqualTo("austin-downtown-iv");
    assertThat(first.has("url")).isFalse();

    assertThat(texts(server.getJson("/api/v1/suggest?q=infusion+c"), "provider"))
        .contains("Lady Bird Lake Infusion Center", "Brushy Creek Infusion Center");
  }

  @Test
  void articleTitlesComeWithTheirPage() throws Exception {
    JsonObject response = server.getJson("/api/v1/suggest?q=ketamine+for");
    JsonObject article = response.getAsJsonArray("suggestions").get(0).getAsJsonObject();
    assertThat(article.get("text").getAsString()).isEqualTo("Ketamine for PTSD");
    assertThat(article.get("kind").getAsString()).isEqualTo("article");
    assertThat(article.get("value").getAsString()).isEqualTo("ketamine-for-ptsd");
    assertThat(article.get("url").getAsString()).isEqualTo("/articles/ketamine-for-ptsd");
  }

  @Test
  void conditionsAndRoutesMatchByLabelAndCommonName() throws Exception {
    JsonObject ptsd = server.getJson("/api/v1/suggest?q=post-trau");
    assertThat(texts(ptsd, "condition")).containsExactly("PTSD");
    JsonObject value = ptsd.getAsJsonArray("suggestions").get(0).getAsJsonObject();
    assertThat(value.get("value").getAsString()).isEqualTo("ptsd");

    assertThat(texts(server.getJson("/api/v1/suggest?q=esk"), "route"))
        .containsExactly("Spravato (esketamine)");
    assertThat(texts(server.getJson("/api/v1/suggest?q=infus"), "route"))
        .containsExactly("IV infusion");
    assertThat(texts(server.getJson("/api/v1/suggest?q=treatment-res"), "condition"))
        .containsExactly("Treatment-resistant depression");
  }

  @Test
  void whenNothingStartsAsTypedTheTextIsReadAsTheSearchWouldCorrectIt() throws Exception {
    assertThat(texts(server.getJson("/api/v1/suggest?q=chicgo"), "place"))
        .first()
        .isEqualTo("Chicago, IL");
    assertThat(texts(server.getJson("/api/v1/suggest?q=ketamine+in+chicgo"), "query"))
        .first()
        .isEqualTo("ketamine in Chicago, IL");
    assertThat(texts(server.getJson("/api/v1/suggest?q=spravto"), "route"))
        .containsExactly("Spravato (esketamine)");
    // What starts as typed is offered as typed, and what is no typo of anything gets nothing.
    assertThat(texts(server.getJson("/api/v1/suggest?q=chic"), "place"))
        .first()
        .isEqualTo("Chicago, IL");
    assertThat(texts(server.getJson("/api/v1/suggest?q=zzzzqx"), null)).isEmpty();
  }

  @Test
  void placesRankByPopulation() throws Exception {
    List<String> places = texts(server.getJson("/api/v1/suggest?q=portl&size=20"), "place");
    assertThat(places).startsWith("Portland, OR", "Portland, ME");
    assertThat(texts(server.getJson("/api/v1/suggest?q=aust"), "place")).startsWith("Austin, TX");
    assertThat(texts(server.getJson("/api/v1/suggest?q=tex"), "place")).contains("Texas");
  }

  @Test
  void regionsAreSuggestedByTheirNameAndSearchedFromTheirCity() throws Exception {
    assertThat(texts(server.getJson("/api/v1/suggest?q=long+isl"), "place"))
        .startsWith("Long Island, NY");
    assertThat(texts(server.getJson("/api/v1/suggest?q=orange+c"), "place"))
        .contains("Orange County, CA", "Orange County, FL");
    assertThat(texts(server.getJson("/api/v1/suggest?q=upstate"), "place"))
        .containsExactlyInAnyOrder("Upstate New York, NY", "Upstate South Carolina, SC");
    // A nickname has no label and is not suggested: "phil" is Philadelphia, not "Philly".
    assertThat(texts(server.getJson("/api/v1/suggest?q=phil&size=20"), "place"))
        .startsWith("Philadelphia, PA")
        .noneMatch(text -> text.startsWith("Philly"));

    JsonObject search = server.getJson("/api/v1/search?near=Long+Island,+NY&type=providers");
    assertThat(
            search.getAsJsonObject("query").getAsJsonObject("location").get("label").getAsString())
        .isEqualTo("Hempstead, NY");
  }

  @Test
  void aLongerSearchIsCompletedAtItsLastWords() throws Exception {
    JsonObject inAustin = server.getJson("/api/v1/suggest?q=ketamine+in+aus");
    JsonObject first = inAustin.getAsJsonArray("suggestions").get(0).getAsJsonObject();
    assertThat(first.get("text").getAsString()).isEqualTo("ketamine in Austin, TX");
    assertThat(first.get("kind").getAsString()).isEqualTo("query");
    assertThat(first.get("value").getAsString()).isEqualTo("ketamine in Austin, TX");
    // The longest ending that names a place: San Antonio, not a place starting "An".
    assertThat(texts(server.getJson("/api/v1/suggest?q=ketamine+near+san+an"), "query"))
        .startsWith("ketamine near San Antonio, TX");
    assertThat(texts(server.getJson("/api/v1/suggest?q=iv+ketamine+for+pt"), "query"))
        .containsExactly("iv ketamine for PTSD");
    // Places only after a word that puts one: "for dep" is depression, never Depew, NY.
    assertThat(texts(server.getJson("/api/v1/suggest?q=ketamine+for+dep"), "query"))
        .contains("ketamine for depression", "ketamine for treatment-resistant depression")
        .noneMatch(text -> text.contains(", "));
    // A text that names a place itself is not completed: "san an" is San Antonio.
    assertThat(texts(server.getJson("/api/v1/suggest?q=san+an"), "query")).isEmpty();
    // Only after words the search understands: "lady b" begins a name, not "lady bipolar...".
    assertThat(texts(server.getJson("/api/v1/suggest?q=lady+b"), "query")).isEmpty();
    assertThat(texts(server.getJson("/api/v1/suggest?q=ketamine+in+austin+for+pt"), "query"))
        .containsExactly("ketamine in austin for PTSD");
    // "near m" is on its way to "near me" before any place starting "M".
    assertThat(texts(server.getJson("/api/v1/suggest?q=ketamine+near+m"), "query"))
        .startsWith("ketamine near me")
        .hasSizeGreaterThan(1);
    assertThat(texts(server.getJson("/api/v1/suggest?q=ketamine+in+m"), "query"))
        .doesNotContain("ketamine in me");
    assertThat(texts(server.getJson("/api/v1/suggest?q=ketamine+at+h"), "query"))
        .startsWith("ketamine at home");
    // Whole already: no place starting "me" completes it.
    assertThat(texts(server.getJson("/api/v1/suggest?q=ketamine+near+me"), "query")).isEmpty();
    // A word typed in full is no start of a treatment's name: "in" is not "infusion".
    assertThat(texts(server.getJson("/api/v1/suggest?q=ketamine+for+ptsd+in"), "query")).isEmpty();
    assertThat(texts(server.getJson("/api/v1/suggest?q=can+i"), "query")).isEmpty();
    // Words that name a term are not the start of a small place: "in home" is at home.
    assertThat(texts(server.getJson("/api/v1/suggest?q=ketamine+in+home"), "query"))
        .noneMatch(text -> text.contains("Homestead"));
  }

  @Test
  void aWordMatchedAtTheStartRanksFirstAndNoKindTakesMoreThanHalf() throws Exception {
    JsonObject response = server.getJson("/api/v1/suggest?q=a&size=8");
    List<String> all = texts(response, null);
    assertThat(all).hasSize(8);
    assertThat(all.get(0)).isEqualTo("Anxiety");
    assertThat(texts(response, "place")).hasSizeLessThanOrEqualTo(4);
  }

  @Test
  void sizeLimitsTheSuggestions() throws Exception {
    assertThat(texts(server.getJson("/api/v1/suggest?q=s&size=3"), null)).hasSize(3);
    assertThat(texts(server.getJson("/api/v1/suggest?q=s"), null)).hasSize(8);
    assertThat(texts(server.getJson("/api/v1/suggest?q=s&size=20"), null)).hasSize(20);
  }

  @Test
  void textWithNoWordsSuggestsNothing() throws Exception {
    assertThat(texts(server.getJson("/api/v1/suggest?q=%21%21"), null)).isEmpty();
    assertThat(texts(server.getJson("/api/v1/suggest?q=zzzzqx"), null)).isEmpty();
  }

  @Test
  void openSearchFormatIsTheArrayBrowsersRead() throws Exception {
    HttpResponse<String> response = server.get("/api/v1/suggest?q=ketamine+f&format=opensearch");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/x-suggestions+json"));
    JsonArray array = JsonParser.parseString(response.body()).getAsJsonArray();
    assertThat(array.size()).isEqualTo(4);
    assertThat(array.get(0).getAsString()).isEqualTo("ketamine f");
    assertThat(array.get(1).getAsJsonArray().get(0).getAsString()).isEqualTo("Ketamine for PTSD");
    assertThat(array.get(2).getAsJsonArray().get(0).getAsString()).isEqualTo("Article");
    assertThat(array.get(3).getAsJsonArray().get(0).getAsString())
        .isEqualTo("/articles/ketamine-for-ptsd");
    int completions = array.get(1).getAsJsonArray().size();
    assertThat(array.get(2).getAsJsonArray().size()).isEqualTo(completions);
    assertThat(array.get(3).getAsJsonArray().size()).isEqualTo(completions);

    // A completed search has a description too: browsers read strings, never null.
    JsonArray completed =
        JsonParser.parseString(
                server.get("/api/v1/suggest?q=iv+ketamine+for+an&format=opensearch").body())
            .getAsJsonArray();
    assertThat(completed.get(1).getAsJsonArray().toString()).contains("iv ketamine for anxiety");
    assertThat(completed.get(2).getAsJsonArray()).allMatch(JsonElement::isJsonPrimitive);
  }

  @Test
  void badParametersAre400sNamingThem() throws Exception {
    ApiAssertions.assertBadParameter(server, "/api/v1/suggest", "q");
    ApiAssertions.assertBadParameter(server, "/api/v1/suggest?q=", "q");
    ApiAssertions.assertBadParameter(server, "/api/v1/suggest?q=%20%20", "q");
    ApiAssertions.assertBadParameter(server, "/api/v1/suggest?q=" + "a".repeat(101), "q");
    ApiAssertions.assertBadParameter(server, "/api/v1/suggest?q=a&q=b", "q");
    ApiAssertions.assertBadParameter(server, "/api/v1/suggest?q=a&size=0", "size");
    ApiAssertions.assertBadParameter(server, "/api/v1/suggest?q=a&size=21", "size");
    ApiAssertions.assertBadParameter(server, "/api/v1/suggest?q=a&size=many", "size");
    ApiAssertions.assertBadParameter(server, "/api/v1/suggest?q=a&format=xml", "format");
    ApiAssertions.assertBadParameter(server, "/api/v1/suggest?q=a&lang=en", "lang");
    assertThat(server.get("/api/v1/suggest?q=" + "a".repeat(100)).statusCode()).isEqualTo(200);
  }
}
