package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestIndexes;

/** Publishing new generations under a running server while queries run in a loop. */
class IndexSwapTest {

  @TempDir Path indexDir;

  @Test
  void queriesNeverFailWhileGenerationsAreSwapped() throws Exception {
    TestIndexes.buildMini(indexDir);
    try (TestServer server = TestServer.start(indexDir)) {
      String first = server.server().currentGeneration();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger ok = new AtomicInteger();
      Set<String> failures = ConcurrentHashMap.newKeySet();
      Thread[] clients = new Thread[2];
      for (int i = 0; i < clients.length; i++) {
        clients[i] =
            new Thread(
                () -> {
                  while (running.get()) {
                    try {
                      HttpResponse<String> response =
                          server.get("/api/v1/search?q=ketamine&lat=30.2672&lon=-97.7431&size=20");
                      if (response.statusCode() != 200
                          || !response.body().contains("austin-downtown-iv")) {
                        failures.add(response.statusCode() + " " + response.body());
                      } else {
                        ok.incrementAndGet();
                      }
                    } catch (Exception e) {
                      failures.add(e.toString());
                    }
                  }
                });
        clients[i].start();
      }
      int swaps = 3;
      for (int i = 0; i < swaps; i++) {
        TestIndexes.buildMini(indexDir);
      }
      String published = TestIndexes.publishedGeneration(indexDir);
      // The server polls for new generations; give it a few refresh intervals.
      Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
      while (!server.server().currentGeneration().equals(published)
          && Instant.now().isBefore(deadline)) {
        Thread.onSpinWait();
      }
      running.set(false);
      for (Thread client : clients) {
        client.join();
      }
      assertThat(failures).isEmpty();
      assertThat(ok.get()).isPositive();
      assertThat(server.server().currentGeneration()).isEqualTo(published).isNotEqualTo(first);
    }
  }
}
