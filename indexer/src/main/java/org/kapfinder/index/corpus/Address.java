package org.kapfinder.index.corpus;

/** A postal address; {@code state} is a USPS code and {@code zip} five digits when present. */
public record Address(String street, String city, String state, String zip) {}
