package org.kapfinder.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Set;
import org.kapfinder.server.search.ArticleDetail;
import org.kapfinder.server.search.RecordLookup;

/** {@code GET /api/v1/articles/{id}}: one article with its sanitised HTML body. */
final class ArticleHandler implements HttpHandler {

  private final RecordLookup records;

  ArticleHandler(RecordLookup records) {
    this.records = records;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String id = PathIds.id(exchange);
    new QueryParams(exchange).rejectUnknown(Set.of());
    ArticleDetail article =
        records.article(id).orElseThrow(() -> ApiException.notFound("No article has this id."));
    JsonResponses.send(exchange, 200, article, ProviderHandler.SHARED_CACHE);
  }
}
