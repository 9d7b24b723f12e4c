package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad parameter is a 400 naming it, with a message that says what is allowed. */
class SearchApiErrorsTest extends MiniServerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lat=30|lon|lat and lon must be given together",
        "lon=-97|lat|lat and lon must be given together",
        "lat=abc&lon=1|lat|lat must be a number",
        "lat=91&lon=0|lat|lat must be between -90 and 90",
        "lat=0&lon=181|lon|lon must be between -180 and 180",
        "lat=NaN&lon=0|lat|lat must be a number",
        "radius=0|radius|radius must be between 1 and 500",
        "radius=501|radius|radius must be between 1 and 500",
        "type=everything|type|type must be one of: all, providers, articles",
        "route=laser|route|route must be one of: iv, im, intranasal, oral, sublingual, spravato",
        "condition=flu|condition|condition must be one of: depression,",
        "mode=drive_thru|mode|mode must be one of: in_person, telehealth, at_home",
        "insurance=yes|insurance|insurance must be true or false",
        "insurance=false|insurance|insurance must be true",
        "maxPrice=-5|maxPrice|maxPrice must be between 0 and 100000",
        "psychotherapy=maybe|psychotherapy|psychotherapy must be true or false",
        "language=klingon|language|language must be a two-letter ISO 639-1 language code",
        "sort=random|sort|sort must be one of: best, distance, price",
        "page=0|page|page must be between 1 and 1000",
        "size=51|size|size must be between 1 and 50",
        "size=ten|size|size must be a whole number",
        "page=101&size=10|page|page * size must be at most 1000",
        "q=a&q=b|q|q must be given at most once",
        "rout=iv|rout|unknown parameter",
        "near=Atlantis|near|near must be a US city, state or 5-digit ZIP code",
        "explain=please|explain|explain must be true or false"
      })
  void badParameterIsA400(String query, String parameter, String message) throws Exception {
    HttpResponse<String> response = server.get("/api/v1/search?" + query);
    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject error =
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("error");
    assertThat(error.get("code").getAsString()).isEqualTo("invalid_parameter");
    assertThat(error.get("parameter").getAsString()).isEqualTo(parameter);
    assertThat(error.get("message").getAsString()).contains(message);
  }

  @ParameterizedTest
  @CsvSource({"501", "2000"})
  void aTooLongQueryIsA400(int length) throws Exception {
    HttpResponse<String> response = server.get("/api/v1/search?q=" + "a".repeat(length));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"parameter\":\"q\"").contains("at most 500 characters");
  }
}
