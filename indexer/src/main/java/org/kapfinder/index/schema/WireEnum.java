package org.kapfinder.index.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enumeration whose values travel as lowercase names in corpus records, index terms and API
 * parameters ({@code treatment_resistant_depression}), and are shown to people as labels.
 */
public interface WireEnum {

  /**
   * The name used in records, index terms and the API: the constant's name in lower case. Not to be
   * overridden: {@link #parse} follows the same rule.
   */
  default String wireName() {
    Enum<?> constant = (Enum<?>) this;
    return WireNameTable.of(constant.getDeclaringClass()).name(constant);
  }

  /** The name shown to people. */
  String label();

  /** Parses a wire name, ignoring case and surrounding space. */
  static <E extends Enum<E> & WireEnum> Optional<E> parse(Class<E> type, String value) {
    if (value == null) {
      return Optional.empty();
    }
    WireNameTable table = WireNameTable.of(type);
    // Records nearly always hold the exact wire name; trimming and lower-casing only when not.
    Enum<?> found = table.constant(value);
    if (found == null) {
      found = table.constant(value.trim().toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(type.cast(found));
  }

  /** The allowed wire names, comma separated, for error messages. */
  static <E extends Enum<E> & WireEnum> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(WireEnum::wireName)
        .collect(Collectors.joining(", "));
  }

  /** The default wire name: the constant's name in lower case. */
  static String wireNameOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
