package org.kapfinder.server.query;

import java.util.Set;
import org.kapfinder.index.schema.Condition;
import org.kapfinder.index.schema.Mode;
import org.kapfinder.index.schema.Route;
import org.kapfinder.index.schema.WireEnum;

/**
 * A validated search request, independent of HTTP: every value is in range, {@code lat} and {@code
 * lon} are both set or both null, {@code page * size} is at most {@link #MAX_RESULT_WINDOW}. Empty
 * sets and nulls mean "not given".
 */
public record SearchRequest(
    String q,
    Double lat,
    Double lon,
    String near,
    Double radiusMiles,
    ResultType type,
    Set<Route> routes,
    Set<Condition> conditions,
    Set<Mode> modes,
    boolean insurance,
    Double maxPriceUsd,
    Boolean psychotherapy,
    Set<String> languages,
    SortOrder sort,
    int page,
    int size,
    boolean explain) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 50;
  public static final int MAX_RESULT_WINDOW = 1_000;
  public static final int MAX_QUERY_CHARS = 500;
  public static final double MIN_RADIUS_MILES = 1;
  public static final double MAX_RADIUS_MILES = 500;

  /** Which result lists to return. */
  public enum ResultType implements WireEnum {
    ALL,
    PROVIDERS,
    ARTICLES;

    @Override
    public String label() {
      return wireName();
    }
  }

  /** How providers are ordered. */
  public enum SortOrder implements WireEnum {
    /** A blend of relevance, closeness and quality. */
    BEST,
    /** Nearest first. */
    DISTANCE,
    /** Cheapest session first. */
    PRICE;

    @Override
    public String label() {
      return wireName();
    }
  }

  /** A request with only free text and paging, everything else at its default. */
  public static SearchRequest ofText(String q, Double lat, Double lon) {
    return withoutFilters(
        q, lat, lon, null, null, ResultType.ALL, SortOrder.BEST, 1, DEFAULT_SIZE, false);
  }

  /** A request that names no route, condition, mode, insurance, price or language. */
  public static SearchRequest withoutFilters(
      String q,
      Double lat,
      Double lon,
      String near,
      Double radiusMiles,
      ResultType type,
      SortOrder sort,
      int page,
      int size,
      boolean explain) {
    return new SearchRequest(
        q,
        lat,
        lon,
        near,
        radiusMiles,
        type,
        Set.of(),
        Set.of(),
        Set.of(),
        false,
        null,
        null,
        Set.of(),
        sort,
        page,
        size,
        explain);
  }

  public boolean hasPoint() {
    return lat != null && lon != null;
  }

  /**
   * The same request with the place box's text as the search's words, in place of the search box's:
   * crisis words typed there are read whole, as the crisis phrasings that are whole searches ("i
   * give up") must be.
   */
  public SearchRequest withNearAsTheWords() {
    return new SearchRequest(
        near,
        lat,
        lon,
        null,
        radiusMiles,
        type,
        routes,
        conditions,
        modes,
        insurance,
        maxPriceUsd,
        psychotherapy,
        languages,
        sort,
        page,
        size,
        explain);
  }
}
