package org.kapfinder.server;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

/**
 * A constant-rate ("open-loop") HTTP load generator, in the manner of wrk2: request {@code i} is
 * due at {@code start + i / rate} whatever happened to earlier ones, and its latency is measured
 * from that due time, so that a server that stalls is charged for every request that waited behind
 * the stall (no coordinated omission).
 */
public final class OpenLoopClient {

  /** One request: when it was due, how long after that it was answered, and how. */
  public record Sample(
      long id, long dueNanos, long latencyNanos, int status, String body, String error) {
    public boolean ok() {
      return error == null && status == 200;
    }
  }

  /** How a phase went: its samples, and the rate and time it actually ran at. */
  public record Run(List<Sample> samples, double ratePerSecond, double seconds) {
    public long count(int status) {
      return samples.stream().filter(s -> s.error() == null && s.status() == status).count();
    }

    public long errors() {
      return samples.stream().filter(s -> s.error() != null).count();
    }

    /** The latency at {@code percentile} (0-100), in milliseconds. */
    public double latencyMillis(double percentile) {
      List<Long> latencies = new ArrayList<>();
      samples.forEach(s -> latencies.add(s.latencyNanos()));
      Collections.sort(latencies);
      if (latencies.isEmpty()) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(percentile / 100 * latencies.size()) - 1;
      return latencies.get(Math.max(0, Math.min(latencies.size() - 1, index))) / 1e6;
    }
  }

  private final HttpClient client;

  public OpenLoopClient(HttpClient client) {
    this.client = client;
  }

  /**
   * Sends {@code requests.apply(i)} at {@code ratePerSecond} for at least {@code min}, then until
   * {@code done} says so, and never longer than {@code max}; then waits (bounded by the client's
   * request timeouts) for every answer.
   */
  public Run run(
      LongFunction<HttpRequest> requests,
      double ratePerSecond,
      Duration min,
      BooleanSupplier done,
      Duration max)
      throws Exception {
    long periodNanos = (long) (1e9 / ratePerSecond);
    long start = System.nanoTime();
    List<CompletableFuture<Sample>> pending = new ArrayList<>();
    for (long i = 0; ; i++) {
      long due = start + i * periodNanos;
      long elapsed = due - start;
      if (elapsed >= max.toNanos() || (elapsed >= min.toNanos() && done.getAsBoolean())) {
        break;
      }
      // Pacing the sender, not waiting for the server: a late sender sends at once.
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      long id = i;
      pending.add(
          client
              .sendAsync(requests.apply(id), HttpResponse.BodyHandlers.ofString())
              .handle(
                  (response, failure) -> {
                    long latency = System.nanoTime() - due;
                    if (failure != null) {
                      return new Sample(id, due, latency, -1, null, failure.toString());
                    }
                    return new Sample(
                        id, due, latency, response.statusCode(), response.body(), null);
                  }));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Sample> samples = new ArrayList<>();
    for (CompletableFuture<Sample> sample : pending) {
      samples.add(sample.get(5, TimeUnit.MINUTES));
    }
    return new Run(samples, ratePerSecond, seconds);
  }
}
