package org.kapfinder.bench.perf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;
import org.kapfinder.server.search.SuggestService;

/**
 * The query shapes of the benchmark. Each turns a {@link Searcher} into one request, in process (a
 * {@link SearchRequest}) and over HTTP (the path and query string of the same request), so that
 * both measure exactly the same work. The SQL of each shape is in {@link PostgisScripts}.
 */
public enum Shape {
  /** Near me with a condition: relevance blended with distance, within 50 km, facets included. */
  BLEND("blend", "near me + condition, sort=best, 50 km"),
  /** The nearest providers that match a text filter, nearest first. */
  NEAREST("nearest", "nearest 10 with a text filter, sort=distance"),
  /** Counts per route (and the other facets) of everything within 50 km. */
  FACETS("facets", "facet counts within 50 km"),
  /** An informational question answered by articles. */
  ARTICLES("articles", "article query"),
  /** Autocomplete of what has been typed so far. */
  SUGGEST("suggest", "autocomplete prefix");

  /** The radius of the radius-bound shapes, as the SQL gives it to {@code ST_DWithin}. */
  public static final double RADIUS_METERS = 50_000;

  /** The same radius in the API's unit. */
  public static final double RADIUS_MILES = RADIUS_METERS / 1609.344;

  public static final int PROVIDERS_PER_PAGE = 10;
  public static final int ARTICLES_PER_PAGE = 5;
  public static final int SUGGESTIONS = SuggestService.DEFAULT_SIZE;

  private final String wireName;
  private final String description;

  Shape(String wireName, String description) {
    this.wireName = wireName;
    this.description = description;
  }

  public String wireName() {
    return wireName;
  }

  public String description() {
    return description;
  }

  public static Shape parse(String wireName) {
    for (Shape shape : values()) {
      if (shape.wireName.equals(wireName)) {
        return shape;
      }
    }
    throw new IllegalArgumentException("no such shape: " + wireName);
  }

  /** The search of this shape for the searcher; null for {@link #SUGGEST}, which is not one. */
  public SearchRequest request(Searcher s) {
    return switch (this) {
      case BLEND -> providers(s.blendQuery(), s, RADIUS_MILES, SortOrder.BEST);
      case NEAREST -> providers(s.nearestQuery(), s, null, SortOrder.DISTANCE);
      case FACETS -> providers(null, s, RADIUS_MILES, SortOrder.BEST);
      case ARTICLES ->
          SearchRequest.withoutFilters(
              s.articleQuery(),
              s.lat(),
              s.lon(),
              null,
              null,
              ResultType.ARTICLES,
              SortOrder.BEST,
              1,
              ARTICLES_PER_PAGE,
              false);
      case SUGGEST -> null;
    };
  }

  /** The same request over HTTP: path and query string. */
  public String httpPath(Searcher s) {
    if (this == SUGGEST) {
      return "/api/v1/suggest?q=" + encode(s.prefix()) + "&size=" + SUGGESTIONS;
    }
    SearchRequest r = request(s);
    StringBuilder path = new StringBuilder("/api/v1/search?");
    if (r.q() != null) {
      path.append("q=").append(encode(r.q())).append('&');
    }
    path.append("lat=").append(r.lat()).append("&lon=").append(r.lon());
    if (r.radiusMiles() != null) {
      path.append("&radius=").append(String.format(Locale.ROOT, "%.4f", r.radiusMiles()));
    }
    path.append("&type=").append(r.type().wireName());
    path.append("&sort=").append(r.sort().wireName());
    path.append("&size=").append(r.size());
    return path.toString();
  }

  private static SearchRequest providers(String q, Searcher s, Double radiusMiles, SortOrder sort) {
    return SearchRequest.withoutFilters(
        q,
        s.lat(),
        s.lon(),
        null,
        radiusMiles == null ? null : Double.valueOf(round4(radiusMiles)),
        ResultType.PROVIDERS,
        sort,
        1,
        PROVIDERS_PER_PAGE,
        false);
  }

  /** The radius as the query string carries it, so that both paths search the same circle. */
  private static double round4(double value) {
    return Math.round(value * 1e4) / 1e4;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
