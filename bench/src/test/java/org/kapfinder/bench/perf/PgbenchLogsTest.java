package org.kapfinder.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgbenchLogsTest {

  @TempDir Path dir;

  @Test
  void readsEveryThreadsLogAndNothingElse() throws IOException {
    // client transaction latency_us script epoch_s epoch_us: 4 transactions over two threads.
    write("run.4242", "0 1 1000 3 1700000000 001000", "0 2 3000 7 1700000000 004000");
    write("run.4242.1", "1 1 2000 1 1700000000 002000", "1 2 4000 9 1700000001 000000");
    write("run.out", "pgbench (15.18)", "tps = 4.0");
    write("run-other.4242", "0 1 99999999 3 1700000000 001000");

    Measurement m = PgbenchLogs.read(dir.resolve("run"), 1000, "blend", 2, 3);

    assertThat(m.system()).isEqualTo(Measurement.POSTGIS);
    assertThat(m.providers()).isEqualTo(1000);
    assertThat(m.shape()).isEqualTo("blend");
    assertThat(m.concurrency()).isEqualTo(2);
    assertThat(m.repeat()).isEqualTo(3);
    assertThat(m.operations()).isEqualTo(4);
    assertThat(m.p50Ms()).isEqualTo(2.0);
    assertThat(m.p99Ms()).isEqualTo(4.0);
    assertThat(m.meanMs()).isEqualTo(2.5);
    // From the start of the first transaction (0.000 s) to the end of the last (1.000 s).
    assertThat(m.seconds()).isEqualTo(1.0);
    assertThat(m.opsPerSec()).isEqualTo(4.0);
  }

  @Test
  void aRunWithoutLogsIsAnError() throws IOException {
    write("run.out", "pgbench (15.18)");
    assertThatThrownBy(() -> PgbenchLogs.read(dir.resolve("run"), 1, "blend", 1, 1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no pgbench log named");
  }

  private void write(String name, String... lines) throws IOException {
    Files.write(dir.resolve(name), java.util.List.of(lines), StandardCharsets.US_ASCII);
  }
}
