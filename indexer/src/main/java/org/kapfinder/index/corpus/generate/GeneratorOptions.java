package org.kapfinder.index.corpus.generate;

import java.time.LocalDate;

/**
 * What to generate: how many providers, from which seed, with which id prefix, and the date that
 * {@code lastVerified} dates lead up to. The same options over the same gazetteer always give the
 * same records.
 *
 * @param seed the run's seed; each record's random stream is derived from it and the record index
 * @param count how many providers
 * @param idPrefix ids are this prefix and the 1-based record number, zero-padded
 * @param idDigits the zero-padded width of the record number
 * @param asOf {@code lastVerified} dates fall in the 18 months up to and including this date
 */
public record GeneratorOptions(
    long seed, long count, String idPrefix, int idDigits, LocalDate asOf) {

  /** The seed of the bundled sample. */
  public static final long DEFAULT_SEED = 20261101L;

  /** How many providers the bundled sample has. */
  public static final long SAMPLE_COUNT = 2_250;

  /** The date the bundled sample's verification dates lead up to. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);

  public GeneratorOptions {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    if (idDigits < 1 || idDigits > 19) {
      throw new IllegalArgumentException("idDigits must be 1-19, got " + idDigits);
    }
    if (!idPrefix.matches("[A-Za-z0-9._-]{0,40}")) {
      throw new IllegalArgumentException(
          "idPrefix must be at most 40 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
    }
  }

  /** The bundled sample: {@value #SAMPLE_COUNT} providers with ids {@code sample-00001}, .... */
  public static GeneratorOptions sample() {
    return new GeneratorOptions(DEFAULT_SEED, SAMPLE_COUNT, "sample-", 5, DEFAULT_AS_OF);
  }

  /** {@code count} synthetic providers for benchmarks, ids {@code syn-0000001}, .... */
  public static GeneratorOptions synthetic(long count, long seed) {
    return new GeneratorOptions(seed, count, "syn-", 7, DEFAULT_AS_OF);
  }

  public GeneratorOptions withSeed(long newSeed) {
    return new GeneratorOptions(newSeed, count, idPrefix, idDigits, asOf);
  }

  public GeneratorOptions withAsOf(LocalDate newAsOf) {
    return new GeneratorOptions(seed, count, idPrefix, idDigits, newAsOf);
  }

  /** The id of the record at 0-based {@code index}. */
  public String id(long index) {
    String number = Long.toString(index + 1);
    StringBuilder id = new StringBuilder(idPrefix.length() + Math.max(idDigits, number.length()));
    id.append(idPrefix);
    for (int i = number.length(); i < idDigits; i++) {
      id.append('0');
    }
    return id.append(number).toString();
  }
}
