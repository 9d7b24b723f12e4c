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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the packaged server jar as a user would. */
class ServerJarIT {

  static final String JAR = "target/kapfinder-server.jar";

  static final Pattern SERVING =
      Pattern.compile("serving index generation \\S+ at http://[^:]+:(\\d+)/");

  @Test
  void helpExplainsEveryOption() throws Exception {
    Process process =
        new ProcessBuilder(java(), "-jar", JAR, "--help").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("Usage: kapfinder-server")
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
    Process process =
        new ProcessBuilder(java(), "-jar", JAR, "--trusted-proxies", "10.0.0.0/99")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(output).contains("10.0.0.0/99").doesNotContain("\tat ");
  }

  @Test
  void sigtermStopsInOrder() throws Exception {
    Process process =
        new ProcessBuilder(
                java(),
                "-jar",
                JAR,
                "--index",
                MiniIndex.dir().toString(),
                "--port",
                "0",
                "--management-port",
                "0")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader output =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      int port = -1;
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        Matcher serving = SERVING.matcher(line);
        if (serving.find()) {
          port = Integer.parseInt(serving.group(1));
          break;
        }
      }
      assertThat(port).isPositive();
      HttpResponse<String> search =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/api/v1/search?q=ketamine"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(search.statusCode()).isEqualTo(200);

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

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
