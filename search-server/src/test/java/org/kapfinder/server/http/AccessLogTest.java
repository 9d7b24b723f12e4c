package org.kapfinder.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kapfinder.server.MiniServer;
import org.kapfinder.server.TestServer;
import org.slf4j.LoggerFactory;

/** The access log records what operators need and nothing of what people searched for. */
@ExtendWith(MiniServer.class)
class AccessLogTest {

  static TestServer server;

  private final Logger logger = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  @BeforeAll
  static void start(TestServer shared) {
    server = shared;
  }

  @BeforeEach
  void capture() {
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void release() {
    logger.detachAppender(appender);
    appender.stop();
  }

  /** The lines logged for requests to {@code route}; completion may trail the response a little. */
  private List<String> lines(String route, int expected) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      List<String> lines =
          List.copyOf(appender.list).stream()
              .map(ILoggingEvent::getFormattedMessage)
              .filter(line -> line.contains(" route=" + route + " "))
              .toList();
      if (lines.size() >= expected) {
        return lines;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no access log line for " + route + " in " + appender.list);
  }

  @Test
  void aSearchIsLoggedByItsShapeNotItsWords() throws Exception {
    server.get(
        "/api/v1/search?q=iv+ketamine+for+ptsd+after+my+divorce+in+austin+tx"
            + "&lat=30.267153&lon=-97.743061&maxPrice=500&mode=in_person");
    String line = lines("/api/v1/search", 1).get(0);

    assertThat(line)
        .startsWith("method=GET route=/api/v1/search status=200 durationMs=")
        .contains(" bytes=")
        .contains(" qChars=50")
        .contains(" routes=iv")
        .contains(" conditions=ptsd")
        .contains(" modes=in_person")
        .contains(" insurance=false")
        .contains(" maxPrice=500.0")
        .contains(" psychotherapy=-")
        .contains(" location=city")
        .contains(" point=30.27,-97.74");
    for (String word : List.of("divorce", "ketamine", "austin", "my", "30.267", "97.743")) {
      assertThat(line.toLowerCase(java.util.Locale.ROOT)).doesNotContain(word);
    }
  }

  @Test
  void theNearTextIsNeverLogged() throws Exception {
    server.get("/api/v1/search?q=grief+counselling&near=boise+idaho");
    String line = lines("/api/v1/search", 1).get(0);
    assertThat(line).contains(" location=city").contains(" conditions=grief");
    assertThat(line.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("boise")
        .doesNotContain("idaho")
        .doesNotContain("counselling");
  }

  @Test
  void aRefusedSearchIsLoggedWithoutItsText() throws Exception {
    server.get("/api/v1/search?q=secret+words&lat=12.3456789&lon=200");
    String line = lines("/api/v1/search", 1).get(0);
    assertThat(line).contains(" status=400").contains(" qChars=12");
    assertThat(line).doesNotContain("secret").doesNotContain("12.345").doesNotContain("point=");
  }

  @Test
  void otherEndpointsLogTheTemplateTheTextLengthAndARoundedPoint() throws Exception {
    server.get("/api/v1/providers/austin-downtown-iv?lat=45.523451&lon=-122.676207");
    server.get("/api/v1/suggest?q=bipolar+dep");
    server.get("/api/v1/places?q=portland+oregon&lat=45.523451&lon=-122.676207");

    String provider = lines("/api/v1/providers/{id}", 1).get(0);
    assertThat(provider).contains(" point=45.52,-122.68").doesNotContain("austin-downtown-iv");
    String suggest = lines("/api/v1/suggest", 1).get(0);
    assertThat(suggest).contains(" qChars=11").doesNotContain("bipolar");
    String places = lines("/api/v1/places", 1).get(0);
    assertThat(places)
        .contains(" qChars=15")
        .contains(" point=45.52,-122.68")
        .doesNotContain("portland")
        .doesNotContain("45.523");
  }

  @Test
  void roundingKeepsTwoDecimals() {
    assertThat(AccessLog.roundedPoint("30.267153", "-97.743061")).isEqualTo("30.27,-97.74");
    assertThat(AccessLog.roundedPoint("0", "0")).isEqualTo("0.00,0.00");
    assertThat(AccessLog.roundedPoint("91", "0")).isNull();
    assertThat(AccessLog.roundedPoint("NaN", "0")).isNull();
    assertThat(AccessLog.roundedPoint("1", null)).isNull();
    assertThat(AccessLog.roundedPoint("abc", "1")).isNull();
  }
}
