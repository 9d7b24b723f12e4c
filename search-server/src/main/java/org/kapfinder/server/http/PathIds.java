package org.kapfinder.server.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import java.util.regex.Pattern;

/**
 * Reads the {@code {id}} of a route like {@code /api/v1/providers/{id}} and checks its shape before
 * any lookup: ids are 1 to 64 letters, digits, dots, underscores and hyphens.
 */
final class PathIds {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private PathIds() {}

  /** The route's id, or a 400 naming {@code id} when it cannot be an id. */
  static String id(HttpServerExchange exchange) {
    PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
    String id = match == null ? null : match.getParameters().get("id");
    if (id == null || !ID.matcher(id).matches()) {
      throw ApiException.invalidParameter(
          "id", "id must be 1 to 64 letters, digits, dots, underscores or hyphens");
    }
    return id;
  }
}
