package org.kapfinder.index.build;

import java.io.IOException;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentInfos;

/**
 * A merge policy that merges only when asked to ({@code IndexWriter.forceMerge}).
 *
 * <p>Why: a build ends by merging everything into one segment. Merging as segments pile up, as
 * Lucene does by default, would rewrite most documents several times before that final merge, on
 * the cores that are busy indexing.
 */
final class MergeOnlyWhenForced extends FilterMergePolicy {

  MergeOnlyWhenForced(MergePolicy in) {
    super(in);
  }

  @Override
  public MergeSpecification findMerges(
      MergeTrigger mergeTrigger, SegmentInfos segmentInfos, MergeContext mergeContext)
      throws IOException {
    return null;
  }
}
