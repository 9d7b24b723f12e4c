package org.kapfinder.server.web;

import java.io.IOException;
import org.kapfinder.server.search.IndexSnapshot;
import org.kapfinder.server.search.SearchService;
import org.kapfinder.server.search.SnapshotManager;

/**
 * What the page handlers share: the index being served, the search service, the assets, the page
 * frame and the per-generation site data. A page reads one snapshot from start to end, acquired and
 * released by {@link #withSnapshot}, so it never mixes two generations.
 */
final class WebContext {

  /** Work done with a snapshot held. */
  interface SnapshotWork<T> {
    T apply(IndexSnapshot snapshot, SiteData site) throws IOException;
  }

  private final SnapshotManager snapshots;
  private final SearchService search;
  private final StaticAssets assets;
  private final PageLayout layout;
  private final PerGeneration<SiteData> site = new PerGeneration<>(SiteData::of);

  WebContext(SnapshotManager snapshots, SearchService search, StaticAssets assets) {
    this.snapshots = snapshots;
    this.search = search;
    this.assets = assets;
    this.layout = new PageLayout(assets);
  }

  <T> T withSnapshot(SnapshotWork<T> work) throws IOException {
    IndexSnapshot snapshot = snapshots.acquire();
    try {
      return work.apply(snapshot, site.get(snapshot));
    } finally {
      snapshots.release(snapshot);
    }
  }

  SearchService search() {
    return search;
  }

  StaticAssets assets() {
    return assets;
  }

  PageLayout layout() {
    return layout;
  }
}
