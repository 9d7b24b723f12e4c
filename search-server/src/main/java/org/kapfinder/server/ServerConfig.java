package org.kapfinder.server;

import java.nio.file.Path;
import org.kapfinder.server.http.HttpLimits;
import org.kapfinder.server.http.LoadLimits;

/**
 * Where the server listens, which index it serves, and its limits.
 *
 * @param host address of the public listener
 * @param port port of the public listener; 0 picks a free one
 * @param indexDir the index folder, whose {@code CURRENT} names the generation served
 * @param managementHost address of the management listener ({@code /metrics}, health checks)
 * @param managementPort its port; 0 picks a free one, -1 turns the listener off
 * @param http what one request or connection may cost
 * @param load when the API sheds load
 * @param refreshIntervalMillis how often to look for a newly published generation
 * @param shutdownDelayMillis on stopping, how long readiness says 503 before requests are refused
 * @param shutdownGraceMillis then, how long requests in flight may take to finish
 */
public record ServerConfig(
    String host,
    int port,
    Path indexDir,
    String managementHost,
    int managementPort,
    HttpLimits http,
    LoadLimits load,
    long refreshIntervalMillis,
    long shutdownDelayMillis,
    long shutdownGraceMillis) {

  public static final String DEFAULT_MANAGEMENT_HOST = "127.0.0.1";

  /** Once a second: a published index is served within a second, at the cost of one file read. */
  public static final long DEFAULT_REFRESH_INTERVAL_MILLIS = 1_000;

  /** None: without a load balancer probing readiness, there is nobody to tell first. */
  public static final long DEFAULT_SHUTDOWN_DELAY_MILLIS = 0;

  /** Five times the search time budget: every admitted request finishes well within it. */
  public static final long DEFAULT_SHUTDOWN_GRACE_MILLIS = 10_000;

  public ServerConfig {
    if (managementPort < -1
        || refreshIntervalMillis < 1
        || shutdownDelayMillis < 0
        || shutdownGraceMillis < 0) {
      throw new IllegalArgumentException("server settings out of range");
    }
  }

  /** A public listener on {@code host:port} with every other setting at its default. */
  public ServerConfig(String host, int port, Path indexDir) {
    this(
        host,
        port,
        indexDir,
        DEFAULT_MANAGEMENT_HOST,
        0,
        HttpLimits.DEFAULTS,
        LoadLimits.DEFAULTS,
        DEFAULT_REFRESH_INTERVAL_MILLIS,
        DEFAULT_SHUTDOWN_DELAY_MILLIS,
        DEFAULT_SHUTDOWN_GRACE_MILLIS);
  }

  public ServerConfig withManagement(String host, int port) {
    return new ServerConfig(
        this.host,
        this.port,
        indexDir,
        host,
        port,
        http,
        load,
        refreshIntervalMillis,
        shutdownDelayMillis,
        shutdownGraceMillis);
  }

  public ServerConfig withHttp(HttpLimits limits) {
    return new ServerConfig(
        host,
        port,
        indexDir,
        managementHost,
        managementPort,
        limits,
        load,
        refreshIntervalMillis,
        shutdownDelayMillis,
        shutdownGraceMillis);
  }

  public ServerConfig withLoad(LoadLimits limits) {
    return new ServerConfig(
        host,
        port,
        indexDir,
        managementHost,
        managementPort,
        http,
        limits,
        refreshIntervalMillis,
        shutdownDelayMillis,
        shutdownGraceMillis);
  }

  public ServerConfig withRefreshIntervalMillis(long millis) {
    return new ServerConfig(
        host,
        port,
        indexDir,
        managementHost,
        managementPort,
        http,
        load,
        millis,
        shutdownDelayMillis,
        shutdownGraceMillis);
  }

  public ServerConfig withShutdown(long delayMillis, long graceMillis) {
    return new ServerConfig(
        host,
        port,
        indexDir,
        managementHost,
        managementPort,
        http,
        load,
        refreshIntervalMillis,
        delayMillis,
        graceMillis);
  }
}
