package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.ParameterLimitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.kapfinder.server.Bounded;
import org.kapfinder.server.FuzzReport;
import org.kapfinder.server.MiniIndex;
import org.kapfinder.server.query.InvalidRequestException;
import org.kapfinder.server.query.SearchRequest;
import org.kapfinder.server.search.SearchResponse;
import org.kapfinder.server.search.SearchService;

/**
 * Fuzzes the search endpoint's query string as the server reads it: the UTF-8 check of {@link
 * RequestGuard}, Undertow's own parameter parsing with the server's limit, {@link
 * SearchHandler#parse}, then a real search of the mini index. Property: an answer, or a 400 ({@link
 * ApiException} with status 400, or {@link InvalidRequestException}); nothing else, no stack
 * overflow, no hang. Each committed input in {@code SearchParamsFuzzTestInputs/} is a raw query
 * string.
 */
@Tag("fuzz")
class SearchParamsFuzzTest {

  static final Duration DEADLINE = Duration.ofSeconds(20);

  private static final FuzzReport REPORT =
      new FuzzReport("SearchParamsFuzzTest.parseAnyQueryString");

  /** How many inputs ran, for BENCHMARKS.md (failures are the test runner's to report). */
  @AfterAll
  static void report() throws IOException {
    REPORT.write();
  }

  @FuzzTest(maxDuration = "5m")
  void parseAnyQueryString(FuzzedDataProvider data) throws Exception {
    REPORT.ran();
    String raw = new String(data.consumeRemainingAsBytes(), StandardCharsets.ISO_8859_1);
    if (!RequestGuard.isUtf8(raw) || !isUrlText(raw)) {
      return; // A 400 from the guard, or from Undertow's request-line parser.
    }
    HttpServerExchange exchange = new HttpServerExchange(null);
    try {
      io.undertow.util.URLUtils.parseQueryString(
          raw, exchange, "UTF-8", true, HttpLimits.DEFAULT_MAX_PARAMETERS);
    } catch (ParameterLimitException | IllegalArgumentException e) {
      return; // Undertow answers these 400 itself.
    }
    SearchRequest request;
    try {
      request = SearchHandler.parse(new QueryParams(exchange));
    } catch (ApiException e) {
      assertThat(e.status()).as(e.getMessage()).isEqualTo(400);
      assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
      return;
    }
    // Opened (and on first use built) outside the deadline, which is for the search alone.
    SearchService search = MiniIndex.searchService();
    try {
      SearchResponse response = Bounded.call(() -> search.search(request), DEADLINE);
      assertThat(response.query().q()).isEqualTo(request.q());
    } catch (InvalidRequestException e) {
      // The documented 400.
    }
  }

  /** What may stand in a request line: visible ASCII, no space (Undertow refuses the rest). */
  private static boolean isUrlText(String raw) {
    return raw.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != '#');
  }
}
