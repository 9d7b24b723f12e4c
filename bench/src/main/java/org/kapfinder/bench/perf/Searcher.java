package org.kapfinder.bench.perf;

/**
 * One simulated searcher of the workload: where they are and what they type for each query shape.
 * Every system under test replays exactly these values.
 *
 * @param id 1 to the number of searchers
 * @param lat the searcher's point, degrees
 * @param lon the searcher's point, degrees
 * @param place the populated place the point was drawn around ("Austin, TX"), for reports
 * @param blendQuery the near-me search with a condition, as typed ("ketamine for ptsd near me")
 * @param blendWords the words of {@code blendQuery} that are matched as text by a system that does
 *     not interpret queries (no "near me", no filler words): what the SQL ranks by
 * @param nearestQuery the text filter of the nearest-first search ("spravato")
 * @param articleQuery an informational question ("how much does ketamine therapy cost")
 * @param prefix what has been typed so far into the search box ("san an")
 */
public record Searcher(
    int id,
    double lat,
    double lon,
    String place,
    String blendQuery,
    String blendWords,
    String nearestQuery,
    String articleQuery,
    String prefix) {}
