package org.kapfinder.index.build;

import java.util.concurrent.atomic.AtomicLong;

/** Per-file record counts; once a build is done, {@code read == indexed + rejected} always. */
public final class FileCounts {

  private final String file;
  private final AtomicLong read = new AtomicLong();
  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();

  FileCounts(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public long read() {
    return read.get();
  }

  public long indexed() {
    return indexed.get();
  }

  public long rejected() {
    return rejected.get();
  }

  void countRead() {
    read.incrementAndGet();
  }

  void countIndexed() {
    indexed.incrementAndGet();
  }

  void countRejected() {
    rejected.incrementAndGet();
  }

  /** An indexed record found to be invalid later (a duplicate id seen further on). */
  void moveIndexedToRejected() {
    indexed.decrementAndGet();
    rejected.incrementAndGet();
  }
}
