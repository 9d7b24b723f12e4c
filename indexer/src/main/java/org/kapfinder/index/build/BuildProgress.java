package org.kapfinder.index.build;

/**
 * Told how far a build has got, in bytes of provider files: a record counts half once it has been
 * read and checked and half once it is indexed, because providers are held and written in runs
 * after they are read. Implementations must be thread-safe.
 */
public interface BuildProgress extends AutoCloseable {

  /** Called once, before the first record, with the total size of the provider files. */
  void start(long totalBytes);

  /** How many bytes' worth of the work is done, over all provider files. */
  void update(long bytesDone);

  @Override
  void close();

  /** Reports nothing. */
  BuildProgress NONE =
      new BuildProgress() {
        @Override
        public void start(long totalBytes) {}

        @Override
        public void update(long bytesDone) {}

        @Override
        public void close() {}
      };
}
