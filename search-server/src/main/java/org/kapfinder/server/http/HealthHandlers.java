package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kapfinder.server.search.IndexStats;
import org.kapfinder.server.search.SnapshotManager;

/**
 * {@code GET /healthz} (the process answers) and {@code GET /readyz} (an index is open and
 * searchable: 200 with what is served, else 503, as while the server stops).
 */
final class HealthHandlers {

  private HealthHandlers() {}

  static void healthz(HttpServerExchange exchange) {
    JsonResponses.send(exchange, 200, Map.of("status", "ok"), "no-store");
  }

  static HttpHandler readyz(SnapshotManager snapshots) {
    return exchange -> {
      Optional<IndexStats> stats = IndexStats.of(snapshots);
      if (stats.isEmpty()) {
        JsonResponses.send(exchange, 503, Map.of("status", "unavailable"), "no-store");
        return;
      }
      IndexStats index = stats.get();
      Map<String, Object> docs = new LinkedHashMap<>();
      docs.put("providers", index.providers());
      docs.put("articles", index.articles());
      docs.put("places", index.places());
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", "ready");
      body.put("generation", index.generation());
      body.put("docs", docs);
      body.put("sampleData", index.sampleData());
      JsonResponses.send(exchange, 200, body, "no-store");
    };
  }
}
