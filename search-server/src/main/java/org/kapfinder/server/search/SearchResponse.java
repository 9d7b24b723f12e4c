package org.kapfinder.server.search;

import java.util.List;

/** The answer to a search, in the shape of the JSON API. */
public record SearchResponse(Providers providers, Articles articles, double tookMs) {

  /** One page of providers and how many matched in all. */
  public record Providers(long total, List<ProviderHit> items) {}

  /** One page of articles and how many matched in all. */
  public record Articles(long total, List<ArticleHit> items) {}

  /** A provider in the results; {@code distanceMiles} is null when there is no searcher point. */
  public record ProviderHit(
      String id, String name, String type, Double distanceMiles, float score) {}

  /** An article in the results. */
  public record ArticleHit(String id, String title, String summary, String url, float score) {}
}
