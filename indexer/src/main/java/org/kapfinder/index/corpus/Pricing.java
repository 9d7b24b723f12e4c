package org.kapfinder.index.corpus;

/** What sessions and programmes cost, in US dollars; every part is optional. */
public record Pricing(
    Double sessionMinUsd,
    Double sessionMaxUsd,
    Double programUsd,
    Integer programSessions,
    Boolean slidingScale) {}
