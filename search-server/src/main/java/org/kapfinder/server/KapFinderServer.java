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
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.search.ReferenceManager;
import org.kapfinder.server.http.Admission;
import org.kapfinder.server.http.HttpLimits;
import org.kapfinder.server.http.ManagementRoutes;
import org.kapfinder.server.http.ResponseDefaults;
import org.kapfinder.server.http.Routes;
import org.kapfinder.server.search.IndexSnapshot;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search server: Undertow serving the API over the published index, with a background refresh
 * that picks up newly published generations, and a management listener for metrics. {@link
 * #start()} then {@link #close()}.
 *
 * <p>Closing stops in an order that drops no admitted request: readiness turns 503 first (and stays
 * so for the configured delay, while everything else is still answered), then new requests are
 * refused with 503 while those in flight or queued finish, then the listeners stop, the refresh
 * stops, and the index closes. Closing twice is harmless.
 */
public final class KapFinderServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KapFinderServer.class);

  private final ServerConfig config;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
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
    HttpLimits limits = config.http();
    graceful =
        new GracefulShutdownHandler(
            Routes.create(
                snapshots,
                search,
                metrics.registry(),
                new Admission(config.load()),
                limits.maxEntitySizeBytes(),
                stopping::get));
    Undertow.Builder builder =
        Undertow.builder()
            .setServerOption(UndertowOptions.ENABLE_HTTP2, false)
            .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, limits.maxEntitySizeBytes())
            .setServerOption(UndertowOptions.MAX_PARAMETERS, limits.maxParameters())
            .setServerOption(UndertowOptions.MAX_HEADERS, limits.maxHeaders())
            .setServerOption(UndertowOptions.MAX_HEADER_SIZE, limits.maxHeaderSizeBytes())
            .setServerOption(
                UndertowOptions.REQUEST_PARSE_TIMEOUT, limits.requestParseTimeoutMillis())
            .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, limits.noRequestTimeoutMillis())
            .setServerOption(UndertowOptions.IDLE_TIMEOUT, limits.idleTimeoutMillis())
            .addListener(
                new Undertow.ListenerBuilder()
                    .setType(Undertow.ListenerType.HTTP)
                    .setHost(config.host())
                    .setPort(config.port())
                    .setRootHandler(new ResponseDefaults(graceful, stopping::get)));
    if (config.managementPort() >= 0) {
      builder.addListener(
          new Undertow.ListenerBuilder()
              .setType(Undertow.ListenerType.HTTP)
              .setHost(config.managementHost())
              .setPort(config.managementPort())
              .setRootHandler(
                  new ResponseDefaults(
                      ManagementRoutes.create(snapshots, metrics.registry(), stopping::get),
                      () -> false)));
    }
    undertow = builder.build();
    undertow.start();
    refresher =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "kapfinder-index-refresh");
              thread.setDaemon(true);
              return thread;
            });
    long interval = config.refreshIntervalMillis();
    refresher.scheduleWithFixedDelay(this::refresh, interval, interval, TimeUnit.MILLISECONDS);
    return this;
  }

  /** The port of the public listener (useful with port 0). */
  public int port() {
    return port(0);
  }

  /** The port of the management listener, or -1 when it is off. */
  public int managementPort() {
    return config.managementPort() < 0 ? -1 : port(1);
  }

  private int port(int listener) {
    return ((InetSocketAddress) undertow.getListenerInfo().get(listener).getAddress()).getPort();
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

  /** The first step of stopping, on its own: readiness answers 503 from now on. */
  void beginStopping() {
    if (!stopping.getAndSet(true)) {
      log.info("stopping: readiness now answers 503");
    }
  }

  @Override
  public void close() throws IOException {
    if (closed.getAndSet(true)) {
      return;
    }
    beginStopping();
    if (graceful != null) {
      pause(config.shutdownDelayMillis());
      graceful.shutdown();
      log.info("stopping: refusing new requests, finishing those in flight");
      try {
        if (!graceful.awaitShutdown(config.shutdownGraceMillis())) {
          log.warn(
              "requests still running after {} ms; stopping anyway", config.shutdownGraceMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (undertow != null) {
      undertow.stop();
    }
    if (refresher != null) {
      // A refresh under way could open a generation after the index is closed: wait for it.
      refresher.shutdownNow();
      try {
        refresher.awaitTermination(config.shutdownGraceMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (metrics != null) {
      metrics.close();
    }
    if (snapshots != null) {
      snapshots.close();
    }
    log.info("stopped");
  }

  /** Waits out the shutdown delay: time for load balancers to see readiness turn 503. */
  private static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
