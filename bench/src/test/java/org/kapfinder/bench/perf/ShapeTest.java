package org.kapfinder.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;

class ShapeTest {

  static final Searcher SEARCHER = PostgisScriptsTest.AUSTIN;

  @Test
  void theHttpPathAsksForExactlyTheInProcessRequest() {
    for (Shape shape : Shape.values()) {
      if (shape == Shape.SUGGEST) {
        continue;
      }
      SearchRequest request = shape.request(SEARCHER);
      URI uri = URI.create("http://localhost" + shape.httpPath(SEARCHER));
      Map<String, String> params = params(uri.getRawQuery());
      assertThat(uri.getPath()).isEqualTo("/api/v1/search");
      assertThat(params.get("q")).isEqualTo(request.q());
      assertThat(Double.valueOf(params.get("lat"))).isEqualTo(request.lat());
      assertThat(Double.valueOf(params.get("lon"))).isEqualTo(request.lon());
      assertThat(params.get("radius") == null ? null : Double.valueOf(params.get("radius")))
          .isEqualTo(request.radiusMiles());
      assertThat(params.get("type")).isEqualTo(request.type().wireName());
      assertThat(params.get("sort")).isEqualTo(request.sort().wireName());
      assertThat(Integer.valueOf(params.get("size"))).isEqualTo(request.size());
      assertThat(params.keySet()).isSubsetOf("q", "lat", "lon", "radius", "type", "sort", "size");
    }
  }

  @Test
  void eachShapeIsTheSearchItNames() {
    SearchRequest blend = Shape.BLEND.request(SEARCHER);
    assertThat(blend.q()).isEqualTo("ketamine for ptsd near me");
    assertThat(blend.sort()).isEqualTo(SortOrder.BEST);
    assertThat(blend.radiusMiles()).isEqualTo(31.0686);
    SearchRequest nearest = Shape.NEAREST.request(SEARCHER);
    assertThat(nearest.sort()).isEqualTo(SortOrder.DISTANCE);
    assertThat(nearest.q()).isEqualTo("spravato");
    assertThat(Shape.FACETS.request(SEARCHER).q()).isNull();
    assertThat(Shape.ARTICLES.request(SEARCHER).type()).isEqualTo(ResultType.ARTICLES);
    assertThat(Shape.SUGGEST.request(SEARCHER)).isNull();
    assertThat(Shape.SUGGEST.httpPath(SEARCHER))
        .isEqualTo("/api/v1/suggest?q=coeur%20d%27a&size=8");
  }

  private static Map<String, String> params(String rawQuery) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return params;
  }
}
