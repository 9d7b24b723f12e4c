package org.kapfinder.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.function.ToDoubleFunction;
import org.kapfinder.server.search.IndexStats;
import org.kapfinder.server.search.SnapshotManager;

/**
 * The server's meters, exposed at {@code /metrics}: JVM memory, threads, GC, CPU and uptime, and
 * the index being served ({@code kapfinder_index_generation}, {@code kapfinder_index_documents} per
 * index). Index gauges read the current snapshot at each scrape and are NaN once it is closed. The
 * HTTP timers are added by the routes. Close it with the server.
 */
final class ServerMetrics implements AutoCloseable {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gcMetrics = new JvmGcMetrics();

  ServerMetrics(SnapshotManager snapshots) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    gcMetrics.bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Gauge.builder("kapfinder.index.generation", snapshots, stat(IndexStats::generationNumber))
        .description("Number of the index generation being served")
        .register(registry);
    documents(snapshots, "providers", IndexStats::providers);
    documents(snapshots, "articles", IndexStats::articles);
    documents(snapshots, "places", IndexStats::places);
  }

  PrometheusMeterRegistry registry() {
    return registry;
  }

  private void documents(
      SnapshotManager snapshots, String index, ToDoubleFunction<IndexStats> count) {
    Gauge.builder("kapfinder.index.documents", snapshots, stat(count))
        .description("Documents in each index of the generation being served")
        .tag("index", index)
        .register(registry);
  }

  private static ToDoubleFunction<SnapshotManager> stat(ToDoubleFunction<IndexStats> value) {
    return snapshots -> {
      try {
        return IndexStats.of(snapshots).map(value::applyAsDouble).orElse(Double.NaN);
      } catch (IOException e) {
        return Double.NaN;
      }
    };
  }

  @Override
  public void close() {
    gcMetrics.close();
    registry.close();
  }
}
