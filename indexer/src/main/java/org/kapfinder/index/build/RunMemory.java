package org.kapfinder.index.build;

/**
 * How much memory a run of providers ({@link CurveOrderedRun}) may take, and how many providers
 * that is: the checked providers held until the run is written, then their indexed data in the
 * writer's buffer.
 */
final class RunMemory {

  /**
   * The most a run of providers may take by default: enough for a million providers and more (see
   * {@link #providersPerRun}), so that each worker writes its share once, as one segment, and
   * nothing is merged.
   */
  private static final double MAX_DEFAULT_MB = 3072;

  /** The share of the heap a run of providers may take by default. */
  private static final double DEFAULT_HEAP_SHARE = 0.45;

  /**
   * What a provider takes in the writer's buffer once indexed: a million providers took 397 MB
   * (measured with {@code IndexWriter.ramBytesUsed()} on the synthetic corpus).
   */
  private static final long BUFFERED_BYTES_PER_PROVIDER = 450;

  /**
   * What a checked provider held for its run takes, with its indexed data: held as its encoded
   * record, a million synthetic providers took 0.93 GB of heap once checked (the heap after a
   * collection at the end of the checking, less the heap before it), where the parsed records had
   * taken 1,655 bytes each.
   */
  private static final long RUN_BYTES_PER_PROVIDER = 950 + BUFFERED_BYTES_PER_PROVIDER;

  /**
   * The most one worker's slice of a run may buffer: under Lucene's per-thread limit (1,945 MB),
   * which a slice, added as one block, cannot be cut at.
   */
  private static final double MAX_SLICE_MB = 1_500;

  private static final double MIB = 1024 * 1024;

  private RunMemory() {}

  /** A share of this JVM's heap, at most {@value #MAX_DEFAULT_MB} MB. */
  static double defaultMb() {
    double heapMb = Runtime.getRuntime().maxMemory() / MIB;
    return Math.max(16, Math.min(MAX_DEFAULT_MB, heapMb * DEFAULT_HEAP_SHARE));
  }

  /**
   * How many providers a run holds: as many as {@code runMb} takes, held and then indexed, but no
   * more than a worker's slice may buffer.
   */
  static long providersPerRun(double runMb, int workers) {
    long byMemory = (long) (runMb * MIB / RUN_BYTES_PER_PROVIDER);
    long bySlices = (long) (workers * MAX_SLICE_MB * MIB / BUFFERED_BYTES_PER_PROVIDER);
    return Math.max(1, Math.min(byMemory, bySlices));
  }
}
