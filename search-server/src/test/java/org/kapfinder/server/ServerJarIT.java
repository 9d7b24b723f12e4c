package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kapfinder.index.TestIndexes;
import org.kapfinder.index.schema.IndexLayout;

/** Runs the packaged server jar as a user would. */
class ServerJarIT {

  static final String JAR = "target/kapfinder-server.jar";

  /** The corpus bundled with the project, relative to this module. */
  static final Path BUNDLED_CORPUS = Path.of("..", "corpus");

  static final Pattern SERVING =
      Pattern.compile("serving index generation \\S+ at http://[^:]+:(\\d+)/");

  @Test
  void helpExplainsEveryOption() throws Exception {
    Process process = startJar("--help");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("Usage: kapfinder-server")
        .doesNotContain("picocli WARN")
        .contains("--port", "KAPFINDER_PORT", "--index", "KAPFINDER_INDEX", "--corpus", "--host")
        .contains(
            "--management-port",
            "--max-concurrent-requests",
            "--max-queued-requests",
            "--rate-limit",
            "--trusted-proxies",
            "--keep-alive-timeout",
            "--shutdown-delay",
            "--shutdown-grace");
  }

  @Test
  void badOptionValuesAreRefusedWithAMessage() throws Exception {
    Process process = startJar("--trusted-proxies", "10.0.0.0/99");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(output).contains("10.0.0.0/99").doesNotContain("\tat ");
  }

  @Test
  void sigtermStopsInOrder() throws Exception {
    Process process =
        startJar("--index", MiniIndex.dir().toString(), "--port", "0", "--management-port", "0");
    try {
      BufferedReader output = outputOf(process);
      int port = portOnceServing(output, new StringBuilder());
      assertThat(get(port, "/api/v1/search?q=ketamine").statusCode()).isEqualTo(200);

      // SIGTERM; Process.destroy() would also close the output this test still reads.
      assertThat(process.toHandle().destroy()).isTrue();
      StringBuilder rest = new StringBuilder();
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        rest.append(line).append('\n');
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String log = rest.toString();
      assertThat(log)
          .containsSubsequence("readiness now answers 503", "refusing new requests", "stopped")
          .doesNotContain("still running");
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aSampleIndexOfAnotherSchemaVersionIsRebuiltFromTheCorpus(@TempDir Path indexDir)
      throws Exception {
    String old = writtenWithSchemaVersionOne(indexDir, true);
    Process process = startOn(indexDir);
    try {
      servesARebuild(
          process,
          indexDir,
          old,
          "sample index at " + indexDir + " was written by another version");
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aSampleIndexIsRebuiltOnceAfterItsCorpusFolderChanged(@TempDir Path indexDir)
      throws Exception {
    // The mini corpus is sample data too, but not the bundled corpus the server builds from.
    String old = TestIndexes.buildMini(indexDir).getFileName().toString();
    String rebuilt;
    Process first = startOn(indexDir);
    try {
      rebuilt =
          servesARebuild(
              first,
              indexDir,
              old,
              "sample index at "
                  + indexDir
                  + " was not built from the corpus at "
                  + BUNDLED_CORPUS
                  + " as it is now");
    } finally {
      first.destroyForcibly().waitFor();
    }

    Process second = startOn(indexDir);
    try {
      StringBuilder seen = new StringBuilder();
      portOnceServing(outputOf(second), seen);
      assertThat(seen.toString()).doesNotContain("building it from");
      assertThat(TestIndexes.publishedGeneration(indexDir)).isEqualTo(rebuilt);
    } finally {
      second.destroyForcibly();
    }
  }

  @Test
  void anOperatorsIndexOfAnotherSchemaVersionIsRefusedAndLeftAsItIs(@TempDir Path indexDir)
      throws Exception {
    String old = writtenWithSchemaVersionOne(indexDir, false);
    Process process = startOn(indexDir);
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(output).isNotZero();
      assertThat(output)
          .contains("has schema version 1 but this server reads version")
          .contains("rebuild it")
          .doesNotContain("building it from")
          .doesNotContain("\tat ");
      assertThat(TestIndexes.publishedGeneration(indexDir)).isEqualTo(old);
    } finally {
      process.destroyForcibly();
    }
  }

  /** Builds the mini corpus into the folder and marks it as written with schema version 1. */
  private static String writtenWithSchemaVersionOne(Path indexDir, boolean sampleData)
      throws Exception {
    Path generation = TestIndexes.buildMini(indexDir);
    TestIndexes.putUserData(
        generation.resolve(IndexLayout.PROVIDERS),
        Map.of(
            IndexLayout.USER_DATA_SCHEMA_VERSION,
            "1",
            IndexLayout.USER_DATA_SAMPLE,
            String.valueOf(sampleData)));
    return generation.getFileName().toString();
  }

  /**
   * Reads the server's output until it serves, and checks that it rebuilt the index from the
   * bundled corpus first, saying why, and serves and answers from the new generation.
   *
   * @return the new generation
   */
  private static String servesARebuild(Process process, Path indexDir, String old, String why)
      throws Exception {
    StringBuilder seen = new StringBuilder();
    int port = portOnceServing(outputOf(process), seen);
    assertThat(seen.toString()).contains(why).contains("building it from " + BUNDLED_CORPUS);
    String rebuilt = TestIndexes.publishedGeneration(indexDir);
    assertThat(rebuilt).isNotEqualTo(old);
    HttpResponse<String> ready = get(port, "/readyz");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"generation\":\"" + rebuilt + "\"");
    assertThat(get(port, "/api/v1/search?q=ketamine").statusCode()).isEqualTo(200);
    return rebuilt;
  }

  /** The server on an index folder, built from the bundled corpus when it must be. */
  private static Process startOn(Path indexDir) throws Exception {
    return startJar(
        "--index",
        indexDir.toString(),
        "--corpus",
        BUNDLED_CORPUS.toString(),
        "--port",
        "0",
        "--management-port",
        "-1");
  }

  /** Runs the jar with these arguments, its errors written into its output. */
  private static Process startJar(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static BufferedReader outputOf(Process process) {
    return new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Reads the server's output, keeping it in {@code seen}, until it prints its URL. */
  private static int portOnceServing(BufferedReader output, StringBuilder seen) throws Exception {
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      seen.append(line).append('\n');
      Matcher serving = SERVING.matcher(line);
      if (serving.find()) {
        return Integer.parseInt(serving.group(1));
      }
    }
    throw new AssertionError("the server stopped before serving:\n" + seen);
  }

  private static HttpResponse<String> get(int port, String pathAndQuery) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
