package org.kapfinder.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kapfinder.index.SuppressForbidden;
import org.kapfinder.index.build.BuildProgress;
import org.kapfinder.index.build.BuildSummary;
import org.kapfinder.index.build.GenerationStore;
import org.kapfinder.index.build.IndexBuilder;
import org.kapfinder.index.build.InvalidCorpusException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The server's command line. With no arguments it serves {@code data/index}, building it from the
 * bundled {@code corpus/} first when no index has been published there, and prints its URL when
 * ready. Ctrl-C or SIGTERM stop it gracefully.
 */
@Command(
    name = "kapfinder-server",
    mixinStandardHelpOptions = true,
    description = {
      "Serves KAP Finder's search API and search page.",
      "Builds the index from the corpus first when none has been published yet."
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
          "Corpus folder to build the index from when none is published (env KAPFINDER_CORPUS; default: ${DEFAULT-VALUE}).")
  Path corpus;

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
    if (GenerationStore.current(index).isEmpty()) {
      if (!Files.isDirectory(corpus)) {
        err.println(
            "No index at " + index + " and no corpus folder at " + corpus + " to build one from.");
        return 1;
      }
      out.println("No index at " + index + " yet: building it from " + corpus + " first...");
      out.flush();
      if (!buildIndex(out, err)) {
        return 1;
      }
    }
    KapFinderServer server = new KapFinderServer(new ServerConfig(host, port, index)).start();
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
            + url(server));
    out.flush();
    stopped.await();
    return 0;
  }

  private String url(KapFinderServer server) {
    String shownHost = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    if (shownHost.contains(":")) {
      shownHost = "[" + shownHost + "]";
    }
    return "http://" + shownHost + ":" + server.port() + "/";
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
