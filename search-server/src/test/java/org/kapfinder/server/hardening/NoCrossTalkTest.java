package org.kapfinder.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kapfinder.server.MiniServer;
import org.kapfinder.server.TestServer;

/**
 * Many requests at once, each carrying its own marker (a made-up word in {@code q}, a point of its
 * own): every response must echo its own request's markers, never another's.
 */
@ExtendWith(MiniServer.class)
class NoCrossTalkTest {

  static final int CLIENTS = 16;
  static final int REQUESTS_PER_CLIENT = 25;

  static TestServer server;

  @BeforeAll
  static void start(TestServer shared) {
    server = shared;
  }

  @Test
  void everyResponseBelongsToItsOwnRequest() throws Exception {
    Set<String> mismatches = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Integer>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(
            pool.submit(
                () -> {
                  int checked = 0;
                  for (int r = 0; r < REQUESTS_PER_CLIENT; r++) {
                    int id = client * REQUESTS_PER_CLIENT + r;
                    checked += check(id, mismatches);
                  }
                  return checked;
                }));
      }
      int checked = 0;
      for (Future<Integer> client : clients) {
        checked += client.get(5, TimeUnit.MINUTES);
      }
      assertThat(mismatches).isEmpty();
      assertThat(checked).isEqualTo(CLIENTS * REQUESTS_PER_CLIENT);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One request with markers of its own; records any answer that is not its own. */
  private static int check(int id, Set<String> mismatches) throws Exception {
    String marker = "zqx" + Integer.toString(id, 26).replace('0', 'q') + "vw";
    // A point of its own, inland in Texas, distinct to the fourth decimal.
    double lat = 31.0 + id * 0.0001;
    double lon = -99.0 - id * 0.0001;
    String point = String.format(Locale.ROOT, "lat=%.4f&lon=%.4f", lat, lon);
    if (id % 3 == 2) {
      HttpResponse<String> response = server.get("/api/v1/suggest?q=" + marker);
      JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
      if (response.statusCode() != 200 || !body.get("q").getAsString().equals(marker)) {
        mismatches.add(id + " suggest: " + response.statusCode() + " " + body.get("q"));
      }
      return 1;
    }
    HttpResponse<String> response =
        server.get("/api/v1/search?q=ketamine+" + marker + "&" + point + "&size=3");
    if (response.statusCode() != 200) {
      mismatches.add(id + ": status " + response.statusCode());
      return 1;
    }
    JsonObject query =
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("query");
    JsonObject location = query.getAsJsonObject("location");
    boolean own =
        query.get("q").getAsString().equals("ketamine " + marker)
            && query.get("text").getAsString().contains(marker)
            && location != null
            && Math.abs(location.get("lat").getAsDouble() - lat) < 1e-9
            && Math.abs(location.get("lon").getAsDouble() - lon) < 1e-9;
    if (!own) {
      mismatches.add(id + ": " + query);
    }
    return 1;
  }
}
