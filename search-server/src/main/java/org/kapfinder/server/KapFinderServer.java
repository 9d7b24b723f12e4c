package org.kapfinder.server;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.ReferenceManager;
import org.kapfinder.server.http.Routes;
import org.kapfinder.server.search.IndexSnapshot;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search server: Undertow serving the API over the published index, with a background refresh
 * that picks up newly published generations. {@link #start()} then {@link #close()}; closing stops
 * accepting requests, lets in-flight ones finish, then closes the index.
 */
public final class KapFinderServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KapFinderServer.class);

  /** How often the server looks for a newly published generation. */
  static final long REFRESH_INTERVAL_MILLIS = 1_000;

  static final long SHUTDOWN_GRACE_MILLIS = 10_000;

  private final ServerConfig config;
  private SnapshotManager snapshots;
  private ServerMetrics metrics;
  private ScheduledExecutorService refresher;
  private GracefulShutdownHandler graceful;
  private Undertow undertow;

  public KapFinderServer(ServerConfig config) {
    this.config = config;
  }

  /** Opens the index and starts listening; returns once requests are accepted. */
  public KapFinderServer start() throws IOException {
    snapshots = new SnapshotManager(config.indexDir());
    snapshots.addListener(
        new ReferenceManager.RefreshListener() {
          @Override
          public void beforeRefresh() {}

          @Override
          public void afterRefresh(boolean didRefresh) {
            if (didRefresh) {
              log.info("now serving index generation {}", currentGeneration());
            }
          }
        });
    SearchService search = new SearchService(snapshots);
    metrics = new ServerMetrics(snapshots);
    graceful = new GracefulShutdownHandler(Routes.create(snapshots, search, metrics.registry()));
    undertow =
        Undertow.builder()
            .addHttpListener(config.port(), config.host())
            .setServerOption(UndertowOptions.ENABLE_HTTP2, false)
            .setHandler(graceful)
            .build();
    undertow.start();
    refresher =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "kapfinder-index-refresh");
              thread.setDaemon(true);
              return thread;
            });
    refresher.scheduleWithFixedDelay(
        this::refresh, REFRESH_INTERVAL_MILLIS, REFRESH_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    return this;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  public Path indexDir() {
    return config.indexDir();
  }

  /** The generation being served. */
  public String currentGeneration() {
    try {
      IndexSnapshot snapshot = snapshots.acquire();
      try {
        return snapshot.generation();
      } finally {
        snapshots.release(snapshot);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void refresh() {
    try {
      snapshots.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // Keep serving the generation we have; the next refresh tries again.
      log.error("could not open the newly published index: {}", e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    if (graceful != null) {
      graceful.shutdown();
      try {
        if (!graceful.awaitShutdown(SHUTDOWN_GRACE_MILLIS)) {
          log.warn("requests still running after {} ms; stopping anyway", SHUTDOWN_GRACE_MILLIS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (undertow != null) {
      undertow.stop();
    }
    if (refresher != null) {
      refresher.shutdownNow();
    }
    if (metrics != null) {
      metrics.close();
    }
    if (snapshots != null) {
      snapshots.close();
    }
  }
}
