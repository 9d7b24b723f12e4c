package org.kapfinder.server.search;

import java.util.List;

/**
 * An article as {@code GET /api/v1/articles/{id}} returns it: its metadata and its body as
 * sanitised {@code html}. {@code city} and {@code state} are set for local guides only.
 */
public record ArticleDetail(
    String id,
    String title,
    String summary,
    List<String> tags,
    List<String> conditions,
    List<String> routes,
    String city,
    String state,
    String published,
    String updated,
    String author,
    String html) {}
