package org.kapfinder.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kapfinder.server.MiniIndex;
import org.kapfinder.server.query.SearchRequest;

/** A search that outruns its time budget is cut, answered with what it found, and flagged. */
class TimeBudgetTest {

  @Test
  void aSearchOverItsBudgetIsCutAndFlagged() throws Exception {
    try (SnapshotManager snapshots = new SnapshotManager(MiniIndex.dir())) {
      // A budget of nothing: every collection is cut at its first check.
      SearchService spent = new SearchService(snapshots, SearchService.DEFAULT_PIVOT_MILES, 0);
      SearchResponse cut = spent.search(SearchRequest.ofText("ketamine therapy", 30.27, -97.74));
      assertThat(cut.query().timedOut()).isTrue();
      assertThat(cut.query().notices()).anyMatch(notice -> notice.contains("cut short"));

      SearchResponse whole =
          new SearchService(snapshots)
              .search(SearchRequest.ofText("ketamine therapy", 30.27, -97.74));
      assertThat(whole.query().timedOut()).isFalse();
      assertThat(whole.providers().total()).isGreaterThanOrEqualTo(cut.providers().total());
    }
  }
}
