package org.kapfinder.server.search;

import org.apache.lucene.search.TopDocs;

/** What one pass over a provider search's matches collected: the page and the facet counts. */
record PageAndFacets(TopDocs page, FacetTally facets) {}
