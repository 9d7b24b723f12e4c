package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestCorpora;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.index.build.GenerationStore;
import org.kapfinder.server.OpenLoopClient.Run;
import org.kapfinder.server.OpenLoopClient.Sample;
import org.kapfinder.server.RawHttp.Response;
import org.kapfinder.server.http.LoadLimits;

/**
 * The server under a constant request rate: while the index is switched ten times (zero failed
 * requests, no growth of open files or heap), at twice the rate with a rate limit (it sheds load
 * and recovers), and while it stops (no accepted request dropped). Never asserts a timing: it
 * reports latencies in {@code target/reliability/ReliabilityLoadTest.txt}.
 *
 * <p>In the default build the load lasts seconds and the switches republish the mini index. The
 * longer run in BENCHMARKS.md sets {@code kapfinder.load.rate}, {@code kapfinder.load.seconds},
 * {@code kapfinder.load.swaps}, {@code kapfinder.load.rebuild=true} (each switch a real build) and
 * {@code kapfinder.load.corpus=bundled} (the bundled corpus instead of the mini one).
 */
class ReliabilityLoadTest {

  static final double RATE = Double.parseDouble(System.getProperty("kapfinder.load.rate", "10"));
  static final Duration MIN_LOAD =
      Duration.ofSeconds(Long.parseLong(System.getProperty("kapfinder.load.seconds", "3")));
  static final int SWAPS = Integer.parseInt(System.getProperty("kapfinder.load.swaps", "10"));
  static final boolean REBUILD = Boolean.getBoolean("kapfinder.load.rebuild");
  static final Path CORPUS =
      "bundled".equals(System.getProperty("kapfinder.load.corpus"))
          ? TestCorpora.BUNDLED
          : TestCorpora.MINI;

  /** A bound on any phase, so that a broken server fails the test rather than hanging it. */
  static final Duration MAX_PHASE = Duration.ofMinutes(30);

  /** Growth allowed across all the switches: well below one leaked generation of the corpus. */
  static final long MAX_HEAP_GROWTH_BYTES = 64L << 20;

  static final int MAX_DESCRIPTOR_GROWTH = 10;

  /** How long an old generation may take to be let go after the last switch. */
  static final Duration MAX_RELEASE = Duration.ofSeconds(30);

  static final Path REPORT = Path.of("target", "reliability", "ReliabilityLoadTest.txt");

  final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(30))
          .build();

  @TempDir Path indexDir;

  @AfterAll
  static void noteTheSettings() throws IOException {
    report(
        "settings: rate %.0f/s, at least %d s, %d switches, %s of the %s corpus",
        RATE,
        MIN_LOAD.toSeconds(),
        SWAPS,
        REBUILD ? "each a rebuild" : "each a republished copy",
        CORPUS.equals(TestCorpora.MINI) ? "mini" : "bundled");
  }

  @Test
  void indexSwitchesUnderLoadFailNoRequestAndLeakNothing() throws Exception {
    TestIndexes.build(CORPUS, indexDir);
    // A queue that never fills: this test is about switching, so a slow or shared machine shows
    // up here as latency in the report, not as shed requests (the next test is about shedding).
    LoadLimits unshed =
        LoadLimits.DEFAULTS.withConcurrency(LoadLimits.DEFAULT_MAX_CONCURRENT_REQUESTS, 1_000_000);
    ServerConfig config =
        new ServerConfig("127.0.0.1", 0, indexDir).withRefreshIntervalMillis(100).withLoad(unshed);
    try (TestServer server = TestServer.start(config)) {
      OpenLoopClient load = new OpenLoopClient(client);
      // Warm up (connections, caches, JIT), then measure what is held at rest.
      Run warmUp =
          load.run(id -> search(server, id), RATE, Duration.ofSeconds(1), () -> true, MAX_PHASE);
      assertThat(failures(warmUp)).isEmpty();
      long heapBefore = heapAfterGc();
      int descriptorsBefore = OpenFiles.supported() ? OpenFiles.countExceptSockets() : 0;

      AtomicInteger served = new AtomicInteger();
      AtomicReference<Throwable> swapFailure = new AtomicReference<>();
      Thread swapper =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < SWAPS; i++) {
                    String published = publishNewGeneration();
                    awaitServed(server, published);
                    served.incrementAndGet();
                  }
                } catch (Throwable e) {
                  swapFailure.set(e);
                }
              },
              "index-switcher");
      swapper.start();
      Run run =
          load.run(id -> search(server, id), RATE, MIN_LOAD, () -> !swapper.isAlive(), MAX_PHASE);
      swapper.join(MAX_PHASE.toMillis());
      assertThat(swapFailure.get()).isNull();

      String current = GenerationStore.current(indexDir).orElseThrow().toRealPath() + "/";
      // A request that began before the last switch, or the refresh that made it, may still be
      // letting go of the old generation on a busy machine; a leaked one is held for good.
      Set<String> held =
          OpenFiles.supported()
              ? OpenFiles.underOnceOnly(indexDir, current, MAX_RELEASE)
              : Set.of();
      long heapAfter = heapAfterGc();
      int descriptorsAfter = OpenFiles.supported() ? OpenFiles.countExceptSockets() : 0;
      report(
          "index switches under load: %d requests at %.0f/s for %.1f s, %d switches served,"
              + " failures %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms; heap after GC %d -> %d MB;"
              + " descriptors (not sockets) %d -> %d; index files held %d, all of %s",
          run.samples().size(),
          RATE,
          run.seconds(),
          served.get(),
          failures(run).size(),
          run.latencyMillis(50),
          run.latencyMillis(99),
          run.latencyMillis(100),
          heapBefore >> 20,
          heapAfter >> 20,
          descriptorsBefore,
          descriptorsAfter,
          held.size(),
          Path.of(current).getFileName());

      assertThat(failures(run)).isEmpty();
      assertThat(served.get()).isEqualTo(SWAPS);
      assertThat(heapAfter - heapBefore).isLessThan(MAX_HEAP_GROWTH_BYTES);
      assertThat(descriptorsAfter - descriptorsBefore).isLessThanOrEqualTo(MAX_DESCRIPTOR_GROWTH);
      assertThat(held).allSatisfy(path -> assertThat(path).startsWith(current));
    }
  }

  @Test
  void atTwiceTheRateItShedsLoadAndRecovers() throws Exception {
    // The rate limit is the rate the first test holds; this client is one address.
    int burst = Math.max(1, (int) (RATE / 2));
    ServerConfig config =
        new ServerConfig("127.0.0.1", 0, MiniIndex.dir())
            .withLoad(LoadLimits.DEFAULTS.withRate(RATE, burst, List.of()));
    try (TestServer server = TestServer.start(config)) {
      OpenLoopClient load = new OpenLoopClient(client);
      Duration overload = MIN_LOAD.plusSeconds(1);
      Run twice = load.run(id -> search(server, id), 2 * RATE, overload, () -> true, MAX_PHASE);
      Run calm =
          load.run(
              id -> search(server, id), RATE / 2, Duration.ofSeconds(3), () -> true, MAX_PHASE);
      long shed = twice.count(429) + twice.count(503);
      List<Sample> lastSecond =
          calm.samples()
              .subList(
                  Math.max(0, calm.samples().size() - (int) (RATE / 2)), calm.samples().size());
      report(
          "twice the rate (%.0f/s) for %.1f s with a limit of %.0f/s per client: %d answered 200,"
              + " %d shed (429 %d, 503 %d), errors %d, p99 %.1f ms; then %.0f/s: %d of %d answered"
              + " 200, the last second all 200: %s",
          2 * RATE,
          twice.seconds(),
          RATE,
          twice.count(200),
          shed,
          twice.count(429),
          twice.count(503),
          twice.errors(),
          twice.latencyMillis(99),
          RATE / 2,
          calm.count(200),
          calm.samples().size(),
          lastSecond.stream().allMatch(Sample::ok));

      assertThat(twice.errors()).isZero();
      assertThat(twice.count(200) + shed).isEqualTo(twice.samples().size());
      assertThat(shed).isPositive();
      for (Sample sample : twice.samples()) {
        if (sample.status() == 429 || sample.status() == 503) {
          assertThat(sample.body()).contains("\"error\"");
        }
      }
      assertThat(calm.errors()).isZero();
      assertThat(lastSecond).allSatisfy(sample -> assertThat(sample.ok()).isTrue());
    }
  }

  @Test
  void stoppingUnderLoadDropsNoAcceptedRequest() throws Exception {
    TestServer server = TestServer.start(new ServerConfig("127.0.0.1", 0, MiniIndex.dir()));
    int port = server.server().port();
    long period = (long) (1e9 / RATE);
    AtomicLong stopStarted = new AtomicLong(Long.MAX_VALUE);
    Set<String> dropped = ConcurrentHashMap.newKeySet();
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger refusedWith503 = new AtomicInteger();
    AtomicInteger notAccepted = new AtomicInteger();
    AtomicInteger inFlightAtStop = new AtomicInteger();
    ExecutorService senders = Executors.newCachedThreadPool();
    List<CompletableFuture<Void>> requests = new ArrayList<>();
    CompletableFuture<Void> stopped = null;
    AtomicLong stopFinished = new AtomicLong(Long.MAX_VALUE);
    long start = System.nanoTime();
    try {
      // Send at the rate; halfway through MIN_LOAD stop the server; go on for a second after.
      for (long i = 0; ; i++) {
        long due = start + i * period;
        if (due - start > MAX_PHASE.toNanos() || due - stopFinished.get() > 1_000_000_000L) {
          break;
        }
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        if (stopped == null && due - start >= MIN_LOAD.toNanos() / 2) {
          stopStarted.set(System.nanoTime());
          stopped =
              CompletableFuture.runAsync(
                  () -> {
                    try {
                      server.close();
                      stopFinished.set(System.nanoTime());
                    } catch (IOException e) {
                      throw new IllegalStateException(e);
                    }
                  });
        }
        long id = i;
        requests.add(
            CompletableFuture.runAsync(
                () -> {
                  long written = Long.MAX_VALUE;
                  try (Socket socket = RawHttp.connect(port)) {
                    OutputStream out = socket.getOutputStream();
                    out.write(
                        RawHttp.get("/api/v1/search?q=ketamine+" + marker(id))
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    written = System.nanoTime();
                    Response response = RawHttp.read(socket.getInputStream());
                    boolean beforeStop = written < stopStarted.get();
                    if (response.cutOff()) {
                      if (beforeStop) {
                        dropped.add(id + ": written before stopping, closed unanswered");
                      } else {
                        notAccepted.incrementAndGet();
                      }
                    } else if (response.status() == 200 && response.body().contains(marker(id))) {
                      answered.incrementAndGet();
                      if (beforeStop && System.nanoTime() > stopStarted.get()) {
                        inFlightAtStop.incrementAndGet();
                      }
                    } else if (response.status() == 503) {
                      refusedWith503.incrementAndGet();
                    } else {
                      dropped.add(id + ": status " + response.status());
                    }
                  } catch (ConnectException e) {
                    notAccepted.incrementAndGet();
                  } catch (IOException e) {
                    if (written < stopStarted.get()) {
                      dropped.add(id + ": " + e);
                    } else {
                      notAccepted.incrementAndGet();
                    }
                  }
                },
                senders));
      }
      for (CompletableFuture<Void> request : requests) {
        request.get(5, TimeUnit.MINUTES);
      }
      stopped.get(5, TimeUnit.MINUTES);
    } finally {
      senders.shutdownNow();
      server.close();
    }
    report(
        "stopping under load at %.0f/s: %d requests, %d answered 200 (%d of them in flight when"
            + " stopping began), %d refused with 503, %d not accepted (refused connections after"
            + " the listener closed), dropped %d",
        RATE,
        requests.size(),
        answered.get(),
        inFlightAtStop.get(),
        refusedWith503.get(),
        notAccepted.get(),
        dropped.size());
    assertThat(dropped).isEmpty();
    assertThat(answered.get()).isPositive();
    assertThat(stopFinished.get()).isLessThan(Long.MAX_VALUE);
  }

  private static HttpRequest search(TestServer server, long id) {
    String path =
        id % 2 == 0
            ? "/api/v1/search?q=ketamine+" + marker(id) + "&lat=30.2672&lon=-97.7431"
            : "/api/v1/search?q=iv+therapy+" + marker(id) + "+near+austin+tx&size=20";
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server().port() + path))
        .timeout(Duration.ofSeconds(60))
        .build();
  }

  /** A made-up word unique to request {@code id}, echoed back in {@code query.q}. */
  static String marker(long id) {
    StringBuilder word = new StringBuilder("zqx");
    for (long rest = id; ; rest /= 26) {
      word.append((char) ('a' + rest % 26));
      if (rest < 26) {
        return word.toString();
      }
    }
  }

  private static List<String> failures(Run run) {
    List<String> failures = new ArrayList<>();
    for (Sample sample : run.samples()) {
      if (!sample.ok() || !sample.body().contains(marker(sample.id()))) {
        failures.add(sample.id() + ": " + sample.status() + " " + sample.error());
      }
    }
    return failures;
  }

  private String publishNewGeneration() throws IOException {
    return REBUILD
        ? TestIndexes.build(CORPUS, indexDir).getFileName().toString()
        : TestIndexes.republishCurrent(indexDir);
  }

  /** Waits, bounded, until the server serves {@code generation}. */
  private static void awaitServed(TestServer server, String generation) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!server.server().currentGeneration().equals(generation)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("generation " + generation + " not served after 2 minutes");
      }
      Thread.sleep(20);
    }
  }

  private static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      memory.gc();
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    return least;
  }

  static void report(String format, Object... args) throws IOException {
    Files.createDirectories(REPORT.getParent());
    Files.writeString(
        REPORT,
        String.format(Locale.ROOT, format, args) + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
