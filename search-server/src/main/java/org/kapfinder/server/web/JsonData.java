package org.kapfinder.server.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * JSON for data blocks inside HTML ({@code <script type="application/ld+json">} and the page's
 * config). Gson's HTML-safe mode writes {@code <}, {@code >}, {@code &}, {@code =} and {@code '} as
 * {@code \\u003c} and so on, so that corpus text can never close the block ({@code </script>}).
 */
final class JsonData {

  private static final Gson GSON = new GsonBuilder().serializeNulls().create();

  private JsonData() {}

  static String toJson(Object value) {
    String json = GSON.toJson(value);
    // Belt and braces: Gson escapes these already; a change of its defaults must not open a hole.
    return json.replace("<", "\\u003c").replace(">", "\\u003e");
  }
}
