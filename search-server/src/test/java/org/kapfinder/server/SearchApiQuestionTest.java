package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kapfinder.server.SearchApiTest.AUSTIN;
import static org.kapfinder.server.SearchApiTest.q;
import static org.kapfinder.server.SearchApiTest.search;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code query.question}, end to end: whether the page shows a search's articles first. */
class SearchApiQuestionTest extends MiniServerTest {

  @Test
  void aQuestionIsMarkedSoThatItsArticlesComeFirst() throws Exception {
    for (String question :
        List.of("how long does ketamine last", "is spravato covered by medicare?")) {
      JsonObject query = search(q(question) + "&" + AUSTIN).getAsJsonObject("query");
      assertThat(query.get("question").getAsBoolean()).as(question).isTrue();
    }
    for (String request :
        List.of(
            "ketamine for depression", "where can i get ketamine", "is ketamine covered near me")) {
      JsonObject query = search(q(request) + "&" + AUSTIN).getAsJsonObject("query");
      assertThat(query.get("question").getAsBoolean()).as(request).isFalse();
    }
  }
}
