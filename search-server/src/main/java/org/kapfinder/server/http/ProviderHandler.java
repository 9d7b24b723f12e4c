package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Set;
import org.kapfinder.server.search.ProviderItem;
import org.kapfinder.server.search.RecordLookup;

/**
 * {@code GET /api/v1/providers/{id}}: one provider, with {@code distanceMiles} from {@code lat} and
 * {@code lon} when given. Without a point the answer is the same for everyone and may be cached by
 * anyone for a few minutes; with one it is personal and is not stored.
 */
final class ProviderHandler implements HttpHandler {

  static final Set<String> PARAMETERS = Set.of("lat", "lon");
  static final String SHARED_CACHE = "public, max-age=300";

  private final RecordLookup records;

  ProviderHandler(RecordLookup records) {
    this.records = records;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String id = PathIds.id(exchange);
    QueryParams params = new QueryParams(exchange);
    params.rejectUnknown(PARAMETERS);
    QueryParams.Point point = params.point();
    ProviderItem provider =
        records
            .provider(id, point == null ? null : point.lat(), point == null ? null : point.lon())
            .orElseThrow(() -> ApiException.notFound("No provider has this id."));
    JsonResponses.send(exchange, 200, provider, point == null ? SHARED_CACHE : "no-store");
  }
}
