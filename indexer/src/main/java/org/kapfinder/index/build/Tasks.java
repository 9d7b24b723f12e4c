package org.kapfinder.index.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the indexer's tasks on its worker threads. */
final class Tasks {

  private Tasks() {}

  /**
   * Waits for every task, so that none is still running when this returns, then throws the first
   * failure as an {@link IOException}, the others suppressed in it.
   */
  static void awaitAll(List<Future<?>> running) throws IOException {
    IOException failure = null;
    for (Future<?> future : running) {
      try {
        future.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        IOException io =
            cause instanceof IOException direct
                ? direct
                : cause instanceof UncheckedIOException unchecked
                    ? unchecked.getCause()
                    : new IOException("indexing failed: " + cause, cause);
        if (failure == null) {
          failure = io;
        } else {
          failure.addSuppressed(io);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while indexing", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
