package org.kapfinder.index.cli;

import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kapfinder.index.build.BuildProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Build progress for people: a progress bar on a terminal, periodic log lines otherwise. */
final class ConsoleProgress {

  private ConsoleProgress() {}

  static BuildProgress forConsole(boolean interactive) {
    return interactive ? new Bar() : new Lines();
  }

  /** A progress bar in kilobytes of provider files (see {@link BuildProgress}), with time left. */
  private static final class Bar implements BuildProgress {
    private ProgressBar bar;

    @Override
    public synchronized void start(long totalBytes) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Indexing providers")
              .setInitialMax(Math.max(1, totalBytes / 1024))
              .setUnit(" KiB", 1)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(200)
              .showSpeed()
              .build();
    }

    @Override
    public synchronized void update(long bytesDone) {
      if (bar != null) {
        bar.stepTo(bytesDone / 1024);
      }
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.stepTo(bar.getMax());
        bar.close();
        bar = null;
      }
    }
  }

  /** A log line at most every five seconds, for logs and CI where a bar would be noise. */
  private static final class Lines implements BuildProgress {
    private static final Logger log = LoggerFactory.getLogger("org.kapfinder.index.progress");
    private static final long INTERVAL_NANOS = 5_000_000_000L;
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime());
    private volatile long totalBytes;

    @Override
    public void start(long totalBytes) {
      this.totalBytes = totalBytes;
      log.info("indexing providers: {} MiB to read", totalBytes / (1024 * 1024));
    }

    @Override
    public void update(long bytesDone) {
      long now = System.nanoTime();
      long last = lastReport.get();
      if (now - last >= INTERVAL_NANOS && lastReport.compareAndSet(last, now)) {
        long percent = totalBytes == 0 ? 100 : bytesDone * 100 / totalBytes;
        log.info("indexing providers: {}%", percent);
      }
    }

    @Override
    public void close() {}
  }
}
