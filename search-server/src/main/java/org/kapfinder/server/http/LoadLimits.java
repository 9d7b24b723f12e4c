package org.kapfinder.server.http;

import java.util.List;

/**
 * How much work the API takes on before it sheds load (see {@link Admission}).
 *
 * @param maxConcurrentRequests API requests running at once; more wait in the queue
 * @param maxQueuedRequests API requests waiting for a turn, at least 1 (Undertow reads less as
 *     unbounded); more are answered 503
 * @param ratePerSecond requests a second each client may make on average; 0 turns the per-client
 *     limit off
 * @param rateBurst requests a client may make at once before the rate applies
 * @param trustedProxies proxies whose {@code X-Forwarded-For} names the client
 */
public record LoadLimits(
    int maxConcurrentRequests,
    int maxQueuedRequests,
    double ratePerSecond,
    int rateBurst,
    List<IpRange> trustedProxies) {

  /**
   * Searches are CPU-bound: more of them at once than twice the cores adds latency, not throughput
   * (the second of each pair covers a wait on the disk).
   */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS =
      Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

  /**
   * At a few milliseconds a search, a full queue is well under a second of waiting; a client that
   * would wait longer is better told to come back.
   */
  public static final int DEFAULT_MAX_QUEUED_REQUESTS = 100;

  /** Off: behind a proxy the limit needs the proxy's address to tell clients apart. */
  public static final double DEFAULT_RATE_PER_SECOND = 0;

  /** A person typing in the search box, and the page loading its results, stay well under. */
  public static final int DEFAULT_RATE_BURST = 20;

  public static final LoadLimits DEFAULTS =
      new LoadLimits(
          DEFAULT_MAX_CONCURRENT_REQUESTS,
          DEFAULT_MAX_QUEUED_REQUESTS,
          DEFAULT_RATE_PER_SECOND,
          DEFAULT_RATE_BURST,
          List.of());

  public LoadLimits {
    if (maxConcurrentRequests < 1
        || maxQueuedRequests < 1
        || ratePerSecond < 0
        || !Double.isFinite(ratePerSecond)
        || rateBurst < 1) {
      throw new IllegalArgumentException(
          "load limits out of range: concurrent "
              + maxConcurrentRequests
              + ", queued "
              + maxQueuedRequests
              + ", rate "
              + ratePerSecond
              + "/s, burst "
              + rateBurst);
    }
    trustedProxies = List.copyOf(trustedProxies);
  }

  public boolean rateLimited() {
    return ratePerSecond > 0;
  }

  public LoadLimits withConcurrency(int maxConcurrent, int maxQueued) {
    return new LoadLimits(maxConcurrent, maxQueued, ratePerSecond, rateBurst, trustedProxies);
  }

  public LoadLimits withRate(double perSecond, int burst, List<IpRange> proxies) {
    return new LoadLimits(maxConcurrentRequests, maxQueuedRequests, perSecond, burst, proxies);
  }
}
