package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kapfinder.server.search.SuggestService;
import org.kapfinder.server.search.SuggestService.Suggestion;

/**
 * {@code GET /api/v1/suggest?q=}: autocomplete. The default JSON is {@code {"q", "suggestions":
 * [{"text", "kind", "value", "url"?}]}}; {@code format=opensearch} answers the OpenSearch
 * suggestions array that browsers read, {@code [q, [completions], [descriptions], [urls]]}, with an
 * empty URL where a suggestion has no page of its own.
 */
final class SuggestHandler implements HttpHandler {

  static final Set<String> PARAMETERS = Set.of("q", "size", "format");
  static final String OPENSEARCH_TYPE = "application/x-suggestions+json; charset=utf-8";

  /** Cached by the browser only: what was typed is nobody else's business. */
  static final String CACHE = "private, max-age=300";

  private final SuggestService service;

  SuggestHandler(SuggestService service) {
    this.service = service;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    QueryParams params = new QueryParams(exchange);
    params.rejectUnknown(PARAMETERS);
    String q = params.requiredText("q", SuggestService.MAX_QUERY_CHARS);
    int size = params.integer("size", 1, SuggestService.MAX_SIZE, SuggestService.DEFAULT_SIZE);
    boolean openSearch = openSearch(params.single("format"));
    List<Suggestion> suggestions = service.suggest(q, size);
    if (openSearch) {
      String body = JsonResponses.gson().toJson(openSearchArray(q, suggestions));
      JsonResponses.sendText(exchange, 200, OPENSEARCH_TYPE, body, CACHE);
      return;
    }
    List<Map<String, String>> items = new ArrayList<>();
    for (Suggestion suggestion : suggestions) {
      // Built by hand so that "url" is left out, not null, where there is none.
      Map<String, String> item = new LinkedHashMap<>();
      item.put("text", suggestion.text());
      item.put("kind", suggestion.kind().wireName());
      item.put("value", suggestion.value());
      if (suggestion.url() != null) {
        item.put("url", suggestion.url());
      }
      items.add(item);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("q", q);
    body.put("suggestions", items);
    JsonResponses.send(exchange, 200, body, CACHE);
  }

  private static boolean openSearch(String format) {
    if (format == null || format.isBlank() || format.strip().equals("json")) {
      return false;
    }
    if (format.strip().equals("opensearch")) {
      return true;
    }
    throw ApiException.invalidParameter("format", "format must be one of: json, opensearch");
  }

  /** A switch, so that every kind has a description: browsers expect strings, never null. */
  private static String description(SuggestService.Kind kind) {
    return switch (kind) {
      case CONDITION -> "Condition";
      case ROUTE -> "Treatment route";
      case MODE -> "Way of care";
      case INSURANCE -> "Insurance";
      case PRICE -> "Price";
      case PROVIDER -> "Provider";
      case ARTICLE -> "Article";
      case PLACE -> "Place";
      case QUERY -> "Search";
    };
  }

  private static List<Object> openSearchArray(String q, List<Suggestion> suggestions) {
    List<String> completions = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (Suggestion suggestion : suggestions) {
      completions.add(suggestion.text());
      descriptions.add(description(suggestion.kind()));
      urls.add(suggestion.url() == null ? "" : suggestion.url());
    }
    return List.of(q, completions, descriptions, urls);
  }
}
