package org.kapfinder.server.search;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.search.ReferenceManager;
import org.kapfinder.index.build.GenerationStore;

/**
 * Keeps the published generation open and swaps in a newly published one, like Lucene's {@code
 * SearcherManager}: {@link #acquire()} a snapshot, search it, {@link #release} it in a {@code
 * finally}. A refresh (see {@link #maybeRefresh()}) opens the generation that {@code CURRENT} now
 * names; the old one closes when its last search releases it, so no request ever fails or sees a
 * mix of generations.
 */
public final class SnapshotManager extends ReferenceManager<IndexSnapshot> {

  private final Path indexDir;

  /** Shared by every generation this manager opens; stopped when it closes. */
  private final ExecutorService segmentThreads = SegmentThreads.start();

  /**
   * Opens the published generation of {@code indexDir}.
   *
   * @throws IOException when none is published, or it cannot be opened
   */
  public SnapshotManager(Path indexDir) throws IOException {
    this.indexDir = indexDir;
    try {
      this.current =
          openCurrent()
              .orElseThrow(
                  () ->
                      new NoSuchFileException(
                          indexDir + "/CURRENT", null, "no index has been published here"));
    } catch (IOException | RuntimeException e) {
      afterClose();
      throw e;
    }
  }

  @Override
  protected void afterClose() {
    if (segmentThreads != null) {
      segmentThreads.shutdown();
    }
  }

  @Override
  protected void decRef(IndexSnapshot reference) throws IOException {
    reference.decRef();
  }

  @Override
  protected IndexSnapshot refreshIfNeeded(IndexSnapshot referenceToRefresh) throws IOException {
    Optional<Path> published = GenerationStore.current(indexDir);
    if (published.isEmpty()
        || published.get().getFileName().toString().equals(referenceToRefresh.generation())) {
      return null;
    }
    return openCurrent().orElse(null);
  }

  @Override
  protected boolean tryIncRef(IndexSnapshot reference) {
    return reference.tryIncRef();
  }

  @Override
  protected int getRefCount(IndexSnapshot reference) {
    return reference.refCount();
  }

  /**
   * Opens what {@code CURRENT} names. A newer build may have published and removed that generation
   * between reading the pointer and opening it; then the pointer is read again.
   */
  private Optional<IndexSnapshot> openCurrent() throws IOException {
    for (int attempt = 0; ; attempt++) {
      Optional<Path> published = GenerationStore.current(indexDir);
      if (published.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(IndexSnapshot.open(published.get(), segmentThreads));
      } catch (NoSuchFileException e) {
        if (attempt >= 2) {
          throw e;
        }
      }
    }
  }
}
