package org.kapfinder.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kapfinder.index.SuppressForbidden;
import org.kapfinder.index.build.BuildProgress;
import org.kapfinder.index.build.BuildSummary;
import org.kapfinder.index.build.CorpusDigest;
import org.kapfinder.index.build.IndexBuilder;
import org.kapfinder.index.build.InvalidCorpusException;
import org.kapfinder.server.http.HttpLimits;
import org.kapfinder.server.http.IpRange;
import org.kapfinder.server.http.LoadLimits;
import org.kapfinder.server.search.IncompatibleIndexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The server's command line. With no arguments it serves {@code data/index}, building it from the
 * bundled {@code corpus/} first when no index has been published there (or when the sample index
 * there was written by a version with another schema, or before the corpus folder last changed),
 * and prints its URL when ready. Ctrl-C or SIGTERM stop it gracefully.
 */
@Command(
    name = "kapfinder-server",
    mixinStandardHelpOptions = true,
    description = {
      "Serves KAP Finder's search API and search page.",
      "Builds the index from the corpus first when none has been published yet, or when the"
          + " sample index there was written by a version with another schema or before the"
          + " corpus folder last changed."
    })
public final class ServerMain implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(ServerMain.class);

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = "${env:KAPFINDER_HOST:-127.0.0.1}",
      description =
          "Address to listen on; 0.0.0.0 for all interfaces (env KAPFINDER_HOST; default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "${env:KAPFINDER_PORT:-8080}",
      description =
          "Port to listen on; 0 picks a free one (env KAPFINDER_PORT; default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--index",
      defaultValue = "${env:KAPFINDER_INDEX:-data/index}",
      description = "Index folder to serve (env KAPFINDER_INDEX; default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(
      names = "--corpus",
      defaultValue = "${env:KAPFINDER_CORPUS:-corpus}",
      description =
          "Corpus folder to build the index from when none is published, or the sample index is stale (env KAPFINDER_CORPUS; default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(
      names = "--management-host",
      defaultValue = "${env:KAPFINDER_MANAGEMENT_HOST:-127.0.0.1}",
      description =
          "Address of the management listener, which serves /metrics and the health checks (env KAPFINDER_MANAGEMENT_HOST; default: ${DEFAULT-VALUE}).")
  String managementHost;

  @Option(
      names = "--management-port",
      defaultValue = "${env:KAPFINDER_MANAGEMENT_PORT:-8081}",
      description =
          "Port of the management listener; -1 turns it off (env KAPFINDER_MANAGEMENT_PORT; default: ${DEFAULT-VALUE}).")
  int managementPort;

  @Option(
      names = "--max-concurrent-requests",
      defaultValue = "${env:KAPFINDER_MAX_CONCURRENT_REQUESTS}",
      description =
          "API requests run at once; more wait in the queue (env KAPFINDER_MAX_CONCURRENT_REQUESTS; default: twice the number of cores).")
  Integer maxConcurrentRequests;

  @Option(
      names = "--max-queued-requests",
      defaultValue = "${env:KAPFINDER_MAX_QUEUED_REQUESTS:-100}",
      description =
          "API requests that may wait; more are answered 503 with Retry-After (env KAPFINDER_MAX_QUEUED_REQUESTS; default: ${DEFAULT-VALUE}).")
  int maxQueuedRequests;

  @Option(
      names = "--rate-limit",
      defaultValue = "${env:KAPFINDER_RATE_LIMIT:-0}",
      description =
          "API requests per second each client may make on average, beyond which it is answered 429 with Retry-After; 0 turns the limit off (env KAPFINDER_RATE_LIMIT; default: ${DEFAULT-VALUE}).")
  double rateLimit;

  @Option(
      names = "--rate-limit-burst",
      defaultValue = "${env:KAPFINDER_RATE_LIMIT_BURST:-20}",
      description =
          "API requests a client may make at once before the rate applies (env KAPFINDER_RATE_LIMIT_BURST; default: ${DEFAULT-VALUE}).")
  int rateLimitBurst;

  @Option(
      names = "--trusted-proxies",
      defaultValue = "${env:KAPFINDER_TRUSTED_PROXIES:-}",
      description =
          "Comma-separated addresses or CIDR blocks of the proxies in front, whose X-Forwarded-For names the client for the rate limit (env KAPFINDER_TRUSTED_PROXIES; default: none).")
  String trustedProxies;

  @Option(
      names = "--keep-alive-timeout",
      defaultValue = "${env:KAPFINDER_KEEP_ALIVE_TIMEOUT:-75}",
      description =
          "Seconds an idle connection is kept open for its next request; keep it above the idle timeout of a proxy in front (env KAPFINDER_KEEP_ALIVE_TIMEOUT; default: ${DEFAULT-VALUE}).")
  int keepAliveTimeoutSeconds;

  @Option(
      names = "--shutdown-delay",
      defaultValue = "${env:KAPFINDER_SHUTDOWN_DELAY:-0}",
      description =
          "On SIGTERM, seconds during which /readyz answers 503 while requests are still served, for a load balancer to notice (env KAPFINDER_SHUTDOWN_DELAY; default: ${DEFAULT-VALUE}).")
  int shutdownDelaySeconds;

  @Option(
      names = "--shutdown-grace",
      defaultValue = "${env:KAPFINDER_SHUTDOWN_GRACE:-10}",
      description =
          "Then, seconds requests in flight may take to finish before the server stops anyway (env KAPFINDER_SHUTDOWN_GRACE; default: ${DEFAULT-VALUE}).")
  int shutdownGraceSeconds;

  @SuppressForbidden(reason = "the command-line entry point sets the process exit status")
  public static void main(String[] args) {
    int status = new CommandLine(new ServerMain()).execute(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig config;
    try {
      config = config();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    String buildReason;
    try {
      buildReason = buildReason();
    } catch (IOException e) {
      err.println("Cannot read the index at " + index + ": " + e.getMessage());
      return 1;
    }
    if (buildReason != null) {
      if (!Files.isDirectory(corpus)) {
        err.println(
            buildReason + ", and there is no corpus folder at " + corpus + " to build from.");
        return 1;
      }
      out.println(buildReason + ": building it from " + corpus + " first...");
      out.flush();
      if (!buildIndex(out, err)) {
        return 1;
      }
    }
    KapFinderServer server;
    try {
      server = new KapFinderServer(config).start();
    } catch (IncompatibleIndexException e) {
      err.println(e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("stopping: finishing requests in flight");
                  try {
                    server.close();
                  } catch (IOException e) {
                    log.error("error while stopping", e);
                  }
                  stopped.countDown();
                },
                "kapfinder-shutdown"));
    out.println(
        "KAP Finder is serving index generation "
            + server.currentGeneration()
            + " at "
            + url(host, server.port()));
    if (server.managementPort() >= 0) {
      out.println("Metrics at " + url(managementHost, server.managementPort()) + "metrics");
    }
    out.flush();
    stopped.await();
    return 0;
  }

  ServerConfig config() {
    LoadLimits defaults = LoadLimits.DEFAULTS;
    LoadLimits load =
        new LoadLimits(
            maxConcurrentRequests == null
                ? defaults.maxConcurrentRequests()
                : maxConcurrentRequests,
            maxQueuedRequests,
            rateLimit,
            rateLimitBurst,
            IpRange.parseList(trustedProxies));
    return new ServerConfig(host, port, index)
        .withManagement(managementHost, managementPort)
        .withHttp(HttpLimits.DEFAULTS.withNoRequestTimeoutMillis(keepAliveTimeoutSeconds * 1000))
        .withLoad(load)
        .withShutdown(shutdownDelaySeconds * 1000L, shutdownGraceSeconds * 1000L);
  }

  private static String url(String host, int port) {
    String shownHost = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    if (shownHost.contains(":")) {
      shownHost = "[" + shownHost + "]";
    }
    return "http://" + shownHost + ":" + port + "/";
  }

  /**
   * Why the index must be built from the corpus before serving, or null when it need not be. A
   * sample index is rebuilt when it is of another schema version or the corpus folder has changed
   * since it was built (an update brought new sample data), because it came from that folder and
   * can come again; an operator's index is never rebuilt from the corpus folder, and one of another
   * version is refused with a message that says to rebuild it.
   */
  private String buildReason() throws IOException {
    Optional<PublishedGeneration> published = PublishedGeneration.of(index);
    if (published.isEmpty()) {
      return "No index at " + index + " yet";
    }
    if (!published.get().currentSchema() && published.get().sampleData()) {
      return "The sample index at "
          + index
          + " was written by another version of KAP Finder, which this server cannot read";
    }
    if (published.get().sampleData() && Files.isDirectory(corpus)) {
      IndexBuilder.Options options = IndexBuilder.Options.of(corpus, index);
      String now = CorpusDigest.of(options.corpusDir(), options.gazetteerDir());
      if (!now.equals(published.get().corpusDigest())) {
        return "The sample index at "
            + index
            + " was not built from the corpus at "
            + corpus
            + " as it is now";
      }
    }
    return null;
  }

  private boolean buildIndex(PrintWriter out, PrintWriter err) throws IOException {
    IndexBuilder.Options options = IndexBuilder.Options.of(corpus, index);
    try {
      BuildSummary summary = new IndexBuilder(Clock.systemUTC()).build(options, BuildProgress.NONE);
      out.printf(
          java.util.Locale.ROOT,
          "Indexed %,d providers, %d articles and %,d places in %.1f s.%n",
          summary.providersIndexed(),
          summary.articlesIndexed(),
          summary.placesIndexed(),
          summary.elapsedMillis() / 1000.0);
      return true;
    } catch (InvalidCorpusException e) {
      e.problems().forEach(problem -> err.println(problem));
      err.println(
          "The corpus has "
              + e.problems().size()
              + " problem(s); fix them or build with the indexer's --skip-invalid.");
      return false;
    }
  }
}
