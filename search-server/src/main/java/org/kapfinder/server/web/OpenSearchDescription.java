package org.kapfinder.server.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * {@code /opensearch.xml}: the OpenSearch description that lets browsers add KAP Finder as a search
 * engine, with suggestions from the suggest endpoint's OpenSearch format. Its templates must be
 * absolute, so they are built from the request's Host, which is accepted only when it looks like a
 * host name (and port), so that a forged header cannot put markup in the document.
 */
final class OpenSearchDescription implements HttpHandler {

  private static final Pattern HOST =
      Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]{1,253})(:[0-9]{1,5})?");

  private final StaticAssets assets;

  OpenSearchDescription(StaticAssets assets) {
    this.assets = assets;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst(Headers.HOST);
    if (host == null || !HOST.matcher(host).matches()) {
      host = "localhost";
    }
    String scheme = "https".equals(exchange.getRequestScheme()) ? "https" : "http";
    String base = HtmlWriter.escape(scheme + "://" + host);
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"
                               xmlns:moz="http://www.mozilla.org/2006/browser/search/">
          <ShortName>KAP Finder</ShortName>
          <Description>Find ketamine-assisted therapy providers and articles.</Description>
          <InputEncoding>UTF-8</InputEncoding>
          <Image width="16" height="16" type="image/svg+xml">BASE_URLICON_PATH</Image>
          <Url type="text/html" method="get" template="BASE_URL/?q={searchTerms}"/>
          <Url type="application/x-suggestions+json" method="get"
               template="BASE_URL/api/v1/suggest?q={searchTerms}&amp;format=opensearch"/>
          <Url type="application/opensearchdescription+xml" rel="self"
               template="BASE_URL/opensearch.xml"/>
          <moz:SearchForm>BASE_URL/</moz:SearchForm>
        </OpenSearchDescription>
        """
            .replace("BASE_URL", base)
            .replace("ICON_PATH", assets.path("icon.svg"));
    WebResponses.send(
        exchange,
        200,
        "application/opensearchdescription+xml; charset=utf-8",
        xml.getBytes(StandardCharsets.UTF_8),
        "public, max-age=3600");
  }
}
