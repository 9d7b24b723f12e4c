package org.kapfinder.bench.relevance;

import java.util.List;

/**
 * One query of the judged set, as a person types it, with where they are and what a good answer is.
 *
 * @param searcher the searcher's device point (the API's {@code lat}/{@code lon}), or null
 * @param place the place the text names, where care is wanted ("in Austin"), or null; it wins over
 *     {@code searcher} for grading
 * @param providers how to grade providers, or null when providers are not judged (informational
 *     questions)
 * @param articles ids of the articles that answer the question, or null when articles are not
 *     judged
 */
record JudgedQuery(
    String id,
    String q,
    List<String> categories,
    Center searcher,
    Center place,
    ProviderRule providers,
    List<String> articles,
    String note) {

  /** Where care is wanted: the place the text names, else the searcher's point; may be null. */
  Center target() {
    return place != null ? place : searcher;
  }
}
