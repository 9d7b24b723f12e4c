package org.kapfinder.server.search;

import java.util.List;
import java.util.Map;
import org.kapfinder.server.query.ResolvedPlace;

/**
 * The answer to a search, in the shape of the JSON API ({@code GET /api/v1/search}). {@code crisis}
 * comes first, so that help is the first thing a client reads when the search signals a crisis;
 * {@code help} next, the help that is not urgent but that the search asks for more than for
 * providers.
 */
public record SearchResponse(
    Crisis crisis,
    Help help,
    QueryEcho query,
    Providers providers,
    Articles articles,
    Map<String, Map<String, Long>> facets,
    double tookMs) {

  /** How the request was understood. */
  public record QueryEcho(
      String q,
      String text,
      ResolvedPlace location,
      Interpreted interpreted,
      Double radiusMiles,
      Double widenedFromMiles,
      String sort,
      String didYouMean,
      List<String> notices,
      boolean timedOut,
      String language,
      boolean question) {}

  /** The effective filters and intents, with the phrases of {@code q} they came from. */
  public record Interpreted(
      List<String> routes,
      List<String> conditions,
      List<String> modes,
      boolean insurance,
      List<String> insurancePlans,
      Double maxPrice,
      Boolean psychotherapy,
      List<String> languages,
      boolean nearMe,
      boolean lowPrice,
      boolean slidingScale,
      List<String> clinicians,
      boolean acceptingNewPatients) {}

  /** One page of providers and how many matched in all. */
  public record Providers(long total, List<ProviderItem> items) {}

  /** One page of articles and how many matched in all. */
  public record Articles(long total, List<ArticleItem> items) {}

  /** Help to show before anything else. */
  public record Crisis(String message, List<CrisisResource> resources) {}

  /** Help with a problem that ketamine treatment is no answer to. */
  public record Help(String message, List<CrisisResource> resources) {}

  /** A crisis line, emergency number, helpline or site; {@code phone} is null only for a site. */
  public record CrisisResource(String name, String phone, String text, String url) {}
}
