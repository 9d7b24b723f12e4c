package org.kapfinder.server.search;

import java.util.List;

/**
 * An article in search results. {@code snippet} is plain text from the article; {@code
 * snippetHighlights} are the [start, end) character offsets of the matched words in it, so that a
 * client marks them without ever treating corpus text as markup.
 */
public record ArticleItem(
    String id,
    String title,
    String summary,
    String snippet,
    List<int[]> snippetHighlights,
    String url,
    String city,
    String state,
    List<String> tags,
    String updated,
    Float score,
    ProviderItem.Explanation explanation) {}
