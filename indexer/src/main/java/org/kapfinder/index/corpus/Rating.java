package org.kapfinder.index.corpus;

/** An average rating from 0 to 5 over {@code count} reviews. */
public record Rating(Double average, Integer count) {}
