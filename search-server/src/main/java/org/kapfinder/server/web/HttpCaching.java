package org.kapfinder.server.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strong ETags from content hashes, and the conditional GET that answers 304 when they match. */
final class HttpCaching {

  private HttpCaching() {}

  /** A quoted strong ETag: the first 16 bytes of the content's SHA-256, in hex. */
  static String etag(byte[] content) {
    return "\"" + sha256Hex(content).substring(0, 32) + "\"";
  }

  static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  static String sha256Hex(String content) {
    return sha256Hex(content.getBytes(StandardCharsets.UTF_8));
  }

  /** True when the request's If-None-Match names {@code etag} (or is {@code *}). */
  static boolean notModified(HttpServerExchange exchange, String etag) {
    String header = exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH);
    if (header == null) {
      return false;
    }
    for (String candidate : header.split(",")) {
      String tag = candidate.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(etag) || tag.equals("*")) {
        return true;
      }
    }
    return false;
  }
}
