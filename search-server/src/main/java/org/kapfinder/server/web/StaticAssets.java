package org.kapfinder.server.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The page's scripts, styles and icon, loaded from the classpath ({@code web/}) once, and served at
 * {@code /assets/{version}/{file}}. The version is a hash of every asset, so that a page always
 * names the assets it was written for and they can be cached for a year; a stale version still gets
 * today's file, but revalidated. Modules import each other by relative path, so they share the
 * version without knowing it.
 */
final class StaticAssets implements HttpHandler {

  /** The page's ES modules, entry point first; the page preloads them all in parallel. */
  static final List<String> MODULES =
      List.of(
          "app.js",
          "dom.js",
          "url-state.js",
          "render.js",
          "chips.js",
          "facets.js",
          "map.js",
          "suggest.js");

  /** Every file served: the style sheet, the icon, and the modules. */
  static final List<String> FILES =
      Stream.concat(Stream.of("site.css", "icon.svg"), MODULES.stream()).toList();

  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private record Asset(byte[] bytes, String contentType) {}

  private final Map<String, Asset> assets = new LinkedHashMap<>();
  private final String version;

  StaticAssets() {
    StringBuilder all = new StringBuilder();
    for (String file : FILES) {
      byte[] bytes = load(file);
      assets.put(file, new Asset(bytes, contentType(file)));
      all.append(file).append('\n').append(HttpCaching.sha256Hex(bytes)).append('\n');
    }
    this.version = HttpCaching.sha256Hex(all.toString()).substring(0, 12);
  }

  /** The path of an asset at the current version, e.g. {@code /assets/3f2a.../site.css}. */
  String path(String file) {
    if (!assets.containsKey(file)) {
      throw new IllegalArgumentException("no asset " + file);
    }
    return "/assets/" + version + "/" + file;
  }

  String version() {
    return version;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    String file = WebRoutes.pathParameter(exchange, "file");
    String requested = WebRoutes.pathParameter(exchange, "version");
    Asset asset = assets.get(file);
    if (asset == null) {
      WebResponses.send(
          exchange,
          404,
          "text/plain; charset=utf-8",
          "No such file.".getBytes(StandardCharsets.UTF_8),
          "no-store");
      return;
    }
    String cache = version.equals(requested) ? IMMUTABLE : WebResponses.REVALIDATE;
    WebResponses.send(exchange, 200, asset.contentType(), asset.bytes(), cache);
  }

  private static byte[] load(String file) {
    try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream("web/" + file)) {
      if (in == null) {
        throw new IllegalStateException("web/" + file + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contentType(String file) {
    if (file.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (file.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (file.endsWith(".svg")) {
      return "image/svg+xml";
    }
    throw new IllegalArgumentException("no content type for " + file);
  }
}
