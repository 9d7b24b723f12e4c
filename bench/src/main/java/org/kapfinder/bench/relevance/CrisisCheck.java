package org.kapfinder.bench.relevance;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.search.SearchService;

/**
 * Crisis detection: every phrasing of {@code relevance/crisis.json}'s {@code crisis} list must
 * answer with crisis help, and none of its {@code ordinary} list (ordinary searches, among them
 * ones that look alarming to a naive word match, such as "thinking about ketamine" or "ketamine for
 * end of life distress") may. Checked end to end, through a search.
 */
final class CrisisCheck {

  /** The two lists. */
  record Phrasings(List<String> crisis, List<String> ordinary) {

    static Phrasings parse(String json) {
      JsonObject root = JsonParser.parseString(json).getAsJsonObject();
      for (String key : root.keySet()) {
        if (!List.of("about", "crisis", "ordinary").contains(key)) {
          throw new IllegalArgumentException("crisis.json: unknown field '" + key + "'");
        }
      }
      return new Phrasings(strings(root, "crisis"), strings(root, "ordinary"));
    }

    private static List<String> strings(JsonObject root, String field) {
      List<String> values = new ArrayList<>();
      root.getAsJsonArray(field).forEach(value -> values.add(value.getAsString()));
      return List.copyOf(values);
    }
  }

  /**
   * @param recall share of crisis phrasings answered with crisis help
   * @param specificity share of ordinary searches answered without it
   */
  record Result(
      int crisisPhrasings,
      int caught,
      double recall,
      List<String> missed,
      int ordinaryQueries,
      int notFlagged,
      double specificity,
      List<String> falselyFlagged) {}

  private CrisisCheck() {}

  static Result evaluate(Phrasings phrasings, SearchService search) throws IOException {
    List<String> missed = new ArrayList<>();
    for (String q : phrasings.crisis()) {
      if (!flagged(search, q)) {
        missed.add(q);
      }
    }
    List<String> falselyFlagged = new ArrayList<>();
    for (String q : phrasings.ordinary()) {
      if (flagged(search, q)) {
        falselyFlagged.add(q);
      }
    }
    int caught = phrasings.crisis().size() - missed.size();
    int notFlagged = phrasings.ordinary().size() - falselyFlagged.size();
    return new Result(
        phrasings.crisis().size(),
        caught,
        share(caught, phrasings.crisis().size()),
        List.copyOf(missed),
        phrasings.ordinary().size(),
        notFlagged,
        share(notFlagged, phrasings.ordinary().size()),
        List.copyOf(falselyFlagged));
  }

  private static boolean flagged(SearchService search, String q) throws IOException {
    return search.search(Searches.text(q, null, null, ResultType.ARTICLES, 1, false)).crisis()
        != null;
  }

  private static double share(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
