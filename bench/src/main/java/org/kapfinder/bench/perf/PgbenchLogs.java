package org.kapfinder.bench.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads pgbench's per-transaction logs ({@code --log}): one line per transaction, {@code client_id
 * transaction_no time script_no time_epoch time_us}, where {@code time} is the latency in
 * microseconds and {@code time_epoch.time_us} when the transaction ended. A run with several
 * threads writes one file per thread: {@code prefix.pid} and {@code prefix.pid.N}.
 */
public final class PgbenchLogs {

  private PgbenchLogs() {}

  /** The latencies and the wall time of every transaction logged under {@code prefix}. */
  public static Measurement read(
      Path prefix, long providers, String shape, int concurrency, int repeat) throws IOException {
    List<Path> files;
    Pattern name =
        Pattern.compile(Pattern.quote(prefix.getFileName().toString()) + "\\.\\d+(\\.\\d+)?");
    try (Stream<Path> listing = Files.list(prefix.toAbsolutePath().getParent())) {
      files =
          listing
              .filter(file -> name.matcher(file.getFileName().toString()).matches())
              .sorted()
              .toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no pgbench log named " + prefix + ".*");
    }
    long[] nanos = new long[1 << 16];
    int count = 0;
    double firstStartMicros = Double.MAX_VALUE;
    double lastEndMicros = 0;
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
        String line;
        while ((line = in.readLine()) != null) {
          String[] fields = line.trim().split("\\s+");
          if (fields.length < 6) {
            throw new IOException(file + ": not a pgbench transaction log line: " + line);
          }
          long latencyMicros = Long.parseLong(fields[2]);
          double endMicros = Long.parseLong(fields[4]) * 1e6 + Long.parseLong(fields[5]);
          firstStartMicros = Math.min(firstStartMicros, endMicros - latencyMicros);
          lastEndMicros = Math.max(lastEndMicros, endMicros);
          if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
          }
          nanos[count++] = latencyMicros * 1_000;
        }
      }
    }
    if (count == 0) {
      throw new IOException("pgbench logged no transaction under " + prefix);
    }
    double seconds = (lastEndMicros - firstStartMicros) / 1e6;
    return Measurement.of(
        providers,
        Measurement.POSTGIS,
        shape,
        concurrency,
        repeat,
        Latencies.ofNanos(nanos, count),
        seconds,
        0,
        0);
  }
}
