package org.kapfinder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged server jar as a user would. */
class ServerJarIT {

  @Test
  void helpExplainsEveryOption() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-jar", "target/kapfinder-server.jar", "--help")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("Usage: kapfinder-server")
        .contains("--port", "KAPFINDER_PORT", "--index", "KAPFINDER_INDEX", "--corpus", "--host");
  }
}
