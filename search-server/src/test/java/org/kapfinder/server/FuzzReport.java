package org.kapfinder.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the inputs a fuzz target ran and appends the count to {@code target/reliability/fuzz.txt}
 * when the class finishes, for BENCHMARKS.md: libFuzzer's own statistics go to the native standard
 * error, which the test runner does not keep.
 */
public final class FuzzReport {

  static final Path REPORT = Path.of("target", "reliability", "fuzz.txt");

  private final String target;
  private final AtomicLong inputs = new AtomicLong();
  private final long startNanos = System.nanoTime();

  public FuzzReport(String target) {
    this.target = target;
  }

  public void ran() {
    inputs.incrementAndGet();
  }

  public void write() throws IOException {
    Files.createDirectories(REPORT.getParent());
    String mode = System.getenv("JAZZER_FUZZ") == null ? "regression" : "fuzzing";
    Files.writeString(
        REPORT,
        String.format(
            Locale.ROOT,
            "%s (%s): %d inputs in %.0f s%n",
            target,
            mode,
            inputs.get(),
            (System.nanoTime() - startNanos) / 1e9),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
