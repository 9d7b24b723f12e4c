package org.kapfinder.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.kapfinder.server.Bounded;
import org.kapfinder.server.FuzzReport;
import org.kapfinder.server.MiniIndex;
import org.kapfinder.server.query.SearchRequest.ResultType;
import org.kapfinder.server.query.SearchRequest.SortOrder;
import org.kapfinder.server.search.SearchResponse;
import org.kapfinder.server.search.SearchService;

/**
 * Fuzzes the free text of a search through the whole query path: interpretation (places, typos,
 * prices, phrases, crisis words), the provider and article query builders, and a real search of the
 * mini index. Property: an answer that echoes the text, or the documented 400 ({@link
 * InvalidRequestException}); no other exception, no stack overflow, no hang.
 *
 * <p>An input is one options byte (bits 0-1 the result type, 2-3 the sort, 4-6 a point among {@link
 * #POINTS} or none, 7 explain) then the text, so that the committed inputs in {@code
 * QueryFuzzTestInputs/} read as text. Regression mode runs them in every build; {@code
 * JAZZER_FUZZ=1} fuzzes (see BENCHMARKS.md).
 */
@Tag("fuzz")
class QueryFuzzTest {

  /** Far above any real search here, which takes milliseconds; only a hang comes near. */
  static final Duration DEADLINE = Duration.ofSeconds(20);

  /** Where the searcher may be: none, real places, and the edges of the coordinate space. */
  static final double[][] POINTS = {
    {30.2672, -97.7431},
    {43.615, -116.2023},
    {90, 180},
    {-90, -180},
    {0, 0},
    {61.2181, -149.9003},
    {25.7617, -80.1918}
  };

  private static final FuzzReport REPORT = new FuzzReport("QueryFuzzTest.interpretAndSearch");

  /** How many inputs ran, for BENCHMARKS.md (failures are the test runner's to report). */
  @AfterAll
  static void report() throws IOException {
    REPORT.write();
  }

  @FuzzTest(maxDuration = "5m")
  void interpretAndSearch(FuzzedDataProvider data) throws Exception {
    REPORT.ran();
    byte[] optionBytes = data.consumeBytes(1);
    int options = optionBytes.length == 0 ? 0 : optionBytes[0] & 0xFF;
    String q = data.consumeRemainingAsString();
    if (q.length() > SearchRequest.MAX_QUERY_CHARS) {
      // The HTTP layer refuses longer text with a 400 before it gets here.
      q = q.substring(0, SearchRequest.MAX_QUERY_CHARS);
    }
    int point = (options >> 4) & 0b111;
    Double lat = point == 0 ? null : POINTS[point - 1][0];
    Double lon = point == 0 ? null : POINTS[point - 1][1];
    SearchRequest request =
        SearchRequest.withoutFilters(
            q,
            lat,
            lon,
            null,
            null,
            ResultType.values()[(options & 0b11) % 3],
            SortOrder.values()[((options >> 2) & 0b11) % 3],
            1,
            SearchRequest.DEFAULT_SIZE,
            (options & 0x80) != 0);
    // Opened (and on first use built) outside the deadline, which is for the search alone.
    SearchService search = MiniIndex.searchService();
    try {
      SearchResponse response = Bounded.call(() -> search.search(request), DEADLINE);
      assertThat(response.query().q()).isEqualTo(q);
    } catch (InvalidRequestException e) {
      // The documented 400.
    }
  }
}
