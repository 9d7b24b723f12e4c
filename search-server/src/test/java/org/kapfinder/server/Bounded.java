package org.kapfinder.server;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a piece of work with a deadline, for fuzz targets: a hang or a stack overflow becomes an
 * {@link AssertionError} naming it, any other exception comes back unwrapped for the target to
 * judge. The deadline is a bound, not a speed test: it is far above what any input should take.
 */
public final class Bounded {

  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "bounded-fuzz-input");
            thread.setDaemon(true);
            return thread;
          });

  private Bounded() {}

  public static <T> T call(Callable<T> work, Duration deadline) throws Exception {
    Future<T> result = WORKERS.submit(work);
    try {
      return result.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new AssertionError("no answer within " + deadline + ": a hang", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof StackOverflowError) {
        throw new AssertionError("stack overflow", cause);
      }
      if (cause instanceof Exception exception) {
        throw exception;
      }
      throw new AssertionError("unexpected error: " + cause, cause);
    }
  }
}
