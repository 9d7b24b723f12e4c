package org.kapfinder.server.http;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client token buckets: each client may make {@code ratePerSecond} requests a second on average
 * and {@code burst} at once. Thread-safe, and bounded in memory: at most {@code maxClients} buckets
 * are kept. A bucket that has refilled is the same as no bucket, so when the table is full those
 * are dropped first; if every client in it is still busy, newcomers share one overflow bucket,
 * which limits a flood of fresh addresses without letting it evict the clients already being
 * limited.
 */
final class RateLimiter {

  /** Enough for the clients active in any few seconds of a busy day, in about 10 MB at most. */
  static final int DEFAULT_MAX_CLIENTS = 65_536;

  /** A full table is swept at most this often, so that a flood of new keys costs no more. */
  static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final double ratePerNano;
  private final double burst;
  private final int maxClients;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Bucket overflow;
  private volatile long lastSweepNanos;

  RateLimiter(double ratePerSecond, int burst, int maxClients, LongSupplier nanoTime) {
    if (!(ratePerSecond > 0) || burst < 1 || maxClients < 1) {
      throw new IllegalArgumentException("rate and burst must be positive");
    }
    this.ratePerNano = ratePerSecond / NANOS_PER_SECOND;
    this.burst = burst;
    this.maxClients = maxClients;
    this.nanoTime = nanoTime;
    this.overflow = new Bucket(burst, nanoTime.getAsLong());
    this.lastSweepNanos = nanoTime.getAsLong() - SWEEP_INTERVAL_NANOS;
  }

  /**
   * Takes one token from {@code client}'s bucket.
   *
   * @return 0 when the request may go ahead, else the whole seconds until a token is free (at least
   *     1), for {@code Retry-After}
   */
  long acquire(String client) {
    long now = nanoTime.getAsLong();
    Bucket bucket = buckets.get(client);
    if (bucket == null) {
      bucket = admit(client, now);
    }
    return bucket.take(now);
  }

  /** Buckets held now; for tests. */
  int trackedClients() {
    return buckets.size();
  }

  private Bucket admit(String client, long now) {
    if (buckets.size() >= maxClients) {
      sweep(now);
      if (buckets.size() >= maxClients) {
        return overflow;
      }
    }
    return buckets.computeIfAbsent(client, key -> new Bucket(burst, now));
  }

  private void sweep(long now) {
    if (now - lastSweepNanos < SWEEP_INTERVAL_NANOS) {
      return;
    }
    lastSweepNanos = now;
    for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
      if (it.next().isFull(now)) {
        it.remove();
      }
    }
  }

  private final class Bucket {
    private double tokens;
    private long updatedNanos;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updatedNanos = now;
    }

    synchronized long take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      double waitNanos = (1 - tokens) / ratePerNano;
      return Math.max(1, (long) Math.ceil(waitNanos / NANOS_PER_SECOND));
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= burst;
    }

    private void refill(long now) {
      if (now > updatedNanos) {
        tokens = Math.min(burst, tokens + (now - updatedNanos) * ratePerNano);
        updatedNanos = now;
      }
    }
  }
}
