package org.kapfinder.index.corpus;

import java.util.List;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Route;

/**
 * A validated article. {@code html} is the body rendered from Markdown with raw HTML escaped and
 * unsafe link schemes removed; {@code text} is the body as plain text for search; {@code answers}
 * its passages that can answer a question, for snippets ({@link AnswerText}). A local guide has
 * {@code city}, {@code state} and the city's {@code location}.
 */
public record Article(
    String id,
    String title,
    String summary,
    List<String> tags,
    List<Condition> conditions,
    List<Route> routes,
    String city,
    String state,
    GeoPoint location,
    String published,
    String updated,
    String author,
    String html,
    String text,
    String answers) {

  public boolean isLocalGuide() {
    return location != null;
  }
}
