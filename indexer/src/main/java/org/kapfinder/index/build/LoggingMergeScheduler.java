package org.kapfinder.index.build;

import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lucene's concurrent merges, with a failed merge logged in one line instead of rethrown on its
 * merge thread.
 *
 * <p>Why: Lucene's default rethrows the failure on the merge thread, where nothing catches it, so
 * the JVM prints a stack trace beside the build's own error. The build needs no second report: a
 * failed merge leaves the segments it read intact, and {@code IndexWriter.forceMerge}, which every
 * build calls before it commits, throws when a merge it waits for failed; a writer hit by an
 * unrecoverable error refuses to commit. Either way nothing is published.
 */
final class LoggingMergeScheduler extends ConcurrentMergeScheduler {

  private static final Logger log = LoggerFactory.getLogger(LoggingMergeScheduler.class);

  @Override
  protected void handleMergeException(Throwable failure) {
    log.warn("a background merge failed: {}", failure.toString());
  }
}
