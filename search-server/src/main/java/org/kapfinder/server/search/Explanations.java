package org.kapfinder.server.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Explanation;

/** Converts Lucene's score explanations into the API's explanation shape. */
final class Explanations {

  /** Deeper levels add bulk, not insight. */
  private static final int MAX_DEPTH = 6;

  private Explanations() {}

  static ProviderItem.Explanation of(Explanation explanation) {
    return of(explanation, 0);
  }

  private static ProviderItem.Explanation of(Explanation explanation, int depth) {
    List<ProviderItem.Explanation> details = new ArrayList<>();
    if (depth < MAX_DEPTH) {
      for (Explanation detail : explanation.getDetails()) {
        details.add(of(detail, depth + 1));
      }
    }
    return new ProviderItem.Explanation(
        explanation.getValue().doubleValue(), explanation.getDescription(), details);
  }
}
